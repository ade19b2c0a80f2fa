// The comparison read as one text (the view delegates print before a meeting): every paragraph
// in the new order with its number (old → new when renumbered), what happened to it in words,
// and its words with insertions and deletions marked where they stand.
import Link from "next/link";
import type { ParagraphComparison } from "@/lib/revisions";
import { ChangeNotes } from "./ChangeNotes";
import { ChangeTags } from "./ChangeTags";
import { paragraphHistoryHref } from "./compare-href";
import { isHeading, isPreamble, numberLabel, shownRows, unchangedRunLabel } from "./paragraph-labels";
import { WordChanges } from "./WordChanges";
import "./comparison.css";

function ComparedParagraph({ documentId, row }: { documentId: string; row: ParagraphComparison }) {
  const headingId = `cmp-${row.id}`;
  const heading = isHeading(row);
  return (
    <article
      className="cmp-paragraph"
      data-change={row.change}
      data-moved={row.moved || undefined}
      data-heading={heading || undefined}
      aria-labelledby={headingId}
    >
      <div className="cmp-head">
        <h3 id={headingId} className="cmp-number">
          {heading ? <WordChanges words={row.words} /> : numberLabel(row)}
        </h3>
        <ChangeTags row={row} />
        {!heading && (
          <Link className="cmp-history" href={paragraphHistoryHref(documentId, row.id)}>
            History<span className="visually-hidden"> of {numberLabel(row)}</span>
          </Link>
        )}
      </div>
      <ChangeNotes row={row} />
      {!heading && (
        <p className="cmp-text">
          <WordChanges words={row.words} preamble={isPreamble(row.after ?? row.before)} />
        </p>
      )}
    </article>
  );
}

export function InlineComparison({
  documentId,
  paragraphs,
  onlyDifferences,
}: {
  documentId: string;
  paragraphs: ParagraphComparison[];
  onlyDifferences: boolean;
}) {
  return (
    <ol className="cmp-inline">
      {shownRows(paragraphs, onlyDifferences).map((shown) =>
        shown.kind === "paragraph" ? (
          <li key={shown.row.id}>
            <ComparedParagraph documentId={documentId} row={shown.row} />
          </li>
        ) : (
          <li key={`run-${shown.first}-${shown.count}`} className="cmp-unchanged-run">
            {unchangedRunLabel(shown)}
          </li>
        ),
      )}
    </ol>
  );
}
