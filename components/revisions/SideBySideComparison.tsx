// The comparison in two columns, the old text on the left and the new on the right, aligned by
// paragraph (matched by id, never by position): deletions struck in the left column, insertions
// underlined in the right, an empty cell where a paragraph did not exist.
import Link from "next/link";
import type { ParagraphView } from "@/lib/draft/paragraph-views";
import { beforeSide, afterSide, type ParagraphComparison } from "@/lib/revisions";
import { ChangeNotes } from "./ChangeNotes";
import { ChangeTags } from "./ChangeTags";
import { paragraphHistoryHref } from "./compare-href";
import { isHeading, isPreamble, numberLabel, shownRows, unchangedRunLabel } from "./paragraph-labels";
import { StatusWord } from "./StatusWord";
import { WordChanges } from "./WordChanges";
import "./comparison.css";

function Side({
  paragraph,
  words,
  side,
  absent,
}: {
  paragraph: ParagraphView | null;
  words: ParagraphComparison["words"];
  side: "before" | "after";
  absent: string;
}) {
  if (!paragraph) return <p className="cmp-absent">{absent}</p>;
  const heading = paragraph.kind === "heading";
  return (
    <>
      <p className="cmp-side-head">
        <strong>{heading ? "Heading" : paragraph.number}</strong>
        {!heading && <StatusWord status={paragraph.status} />}
      </p>
      <p className={heading ? "cmp-text cmp-heading-text" : "cmp-text"}>
        <WordChanges
          words={side === "before" ? beforeSide(words) : afterSide(words)}
          side={side}
          preamble={isPreamble(paragraph)}
        />
      </p>
    </>
  );
}

export function SideBySideComparison({
  documentId,
  paragraphs,
  onlyDifferences,
  fromName,
  toName,
}: {
  documentId: string;
  paragraphs: ParagraphComparison[];
  onlyDifferences: boolean;
  fromName: string;
  toName: string;
}) {
  return (
    <table className="cmp-side-by-side">
      <caption className="visually-hidden">
        {fromName} and {toName} side by side, paragraph by paragraph
      </caption>
      <thead>
        <tr>
          <th scope="col">{fromName}</th>
          <th scope="col">{toName}</th>
        </tr>
      </thead>
      <tbody>
        {shownRows(paragraphs, onlyDifferences).map((shown) => {
          if (shown.kind === "unchanged")
            return (
              <tr key={`run-${shown.first}-${shown.count}`} className="cmp-unchanged-run">
                <td colSpan={2}>{unchangedRunLabel(shown)}</td>
              </tr>
            );
          const { row } = shown;
          return (
            <tr key={row.id} data-change={row.change} data-moved={row.moved || undefined}>
              <td>
                <Side paragraph={row.before} words={row.words} side="before" absent={`Not in ${fromName}`} />
              </td>
              <td>
                <Side
                  paragraph={row.after}
                  words={row.words}
                  side="after"
                  absent={row.placeholder ? `Deleted — ${row.placeholder} [deleted]` : "Deleted"}
                />
                <div className="cmp-side-notes">
                  <ChangeTags row={row} />
                  <ChangeNotes row={row} />
                  {!isHeading(row) && (
                    <Link className="cmp-history" href={paragraphHistoryHref(documentId, row.id)}>
                      History<span className="visually-hidden"> of {numberLabel(row)}</span>
                    </Link>
                  )}
                </div>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
