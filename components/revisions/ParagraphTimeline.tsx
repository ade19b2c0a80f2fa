// One paragraph through the draft's history, oldest first: at each issued revision (and, when
// asked, each checkpoint) and in the live text, its number, its status and its words, with what
// changed since the entry before marked in them — the story of a paragraph, read down the page.
import { diffWords } from "@/lib/revisions";
import type { ParagraphHistoryEntry } from "@/lib/api/revisions";
import { isPreambleNumber } from "./paragraph-labels";
import { StatusWord } from "./StatusWord";
import { formatWhen, When } from "./When";
import { WordChanges } from "./WordChanges";
import "./comparison.css";
import "./change-labels.css";
import "./revision-names.css";
import "./paragraph-timeline.css";

type Present = NonNullable<ParagraphHistoryEntry["paragraph"]>;

function entryTitle(entry: ParagraphHistoryEntry): string {
  return entry.name === "Checkpoint" ? `Checkpoint of ${formatWhen(entry.at)}` : entry.name;
}

function sameParagraph(a: Present, b: Present): boolean {
  return (
    a.text === b.text &&
    a.status === b.status &&
    a.number === b.number &&
    JSON.stringify([a.brackets, a.alternatives, a.lock]) === JSON.stringify([b.brackets, b.alternatives, b.lock])
  );
}

/** "Words changed by KZ (Delegate of Kazakhstan) and RU (…)", when the server knows who. */
function ChangedBy({ changes }: { changes: ParagraphHistoryEntry["changes"] }) {
  const authors = new Map<string, string>();
  for (const word of changes ?? []) if (word.by) authors.set(word.by.delegation, word.by.name);
  if (authors.size === 0) return null;
  const list = [...authors].map(([delegation, name]) => `${delegation} (${name})`);
  return (
    <p className="quiet paragraph-changed-by">
      Words changed by {list.length > 1 ? `${list.slice(0, -1).join(", ")} and ${list.at(-1)}` : list[0]}
    </p>
  );
}

function Entry({
  entry,
  previous,
  previousName,
  existedBefore,
}: {
  entry: ParagraphHistoryEntry;
  previous: ParagraphHistoryEntry["paragraph"];
  previousName: string | null;
  /** In the text at some earlier entry (so an absence now is a deletion). */
  existedBefore: boolean;
}) {
  const { paragraph } = entry;
  const title = entryTitle(entry);
  const headingId = `entry-${entry.revisionId ?? "live"}`;
  const unchanged = paragraph && previous && sameParagraph(previous, paragraph);
  return (
    <li
      className="paragraph-entry"
      data-entry={entry.name}
      data-kind={entry.name === "Checkpoint" ? "checkpoint" : entry.revisionId ? "revision" : "live"}
    >
      <article aria-labelledby={headingId}>
        <h2 id={headingId}>
          <span className="revision-name">{title}</span>
          {entry.revisionId ? (
            <span className="quiet">
              {" "}
              <When at={entry.at} />
            </span>
          ) : (
            <span className="quiet"> as it stands</span>
          )}
        </h2>
        {!paragraph ? (
          <p className="cmp-absent">{existedBefore ? "Not in the text: deleted by then." : "Not in the text yet."}</p>
        ) : (
          <>
            <p className="paragraph-entry-head">
              <strong>{paragraph.number ?? "Heading"}</strong>
              {previous && previous.number !== paragraph.number && previous.number && (
                <span className="quiet"> (was {previous.number})</span>
              )}
              <StatusWord status={paragraph.status} />
              {previous && previous.status !== paragraph.status && (
                <span className="quiet">
                  {" "}
                  (was <StatusWord status={previous.status} />)
                </span>
              )}
              {unchanged && <span className="change-tag">No change since {previousName}</span>}
              {!previous && (
                <span className="change-tag change-tag--inserted">
                  {existedBefore ? "Back in the text" : "First appears here"}
                </span>
              )}
            </p>
            <p className="cmp-text">
              <WordChanges
                words={
                  entry.changes ??
                  (previous && !unchanged
                    ? diffWords(previous.text, paragraph.text)
                    : [{ op: "equal", text: paragraph.text }])
                }
                preamble={isPreambleNumber(paragraph.number)}
              />
            </p>
            <ChangedBy changes={entry.changes} />
            {paragraph.brackets.length > 0 && (
              <p className="quiet">
                Brackets:{" "}
                {paragraph.brackets
                  .map((bracket) => `[${bracket.text}] ${bracket.states.join(", ") || "held by nobody recorded"}`)
                  .join("; ")}
              </p>
            )}
          </>
        )}
      </article>
    </li>
  );
}

export function ParagraphTimeline({ entries }: { entries: ParagraphHistoryEntry[] }) {
  return (
    <ol className="paragraph-timeline">
      {entries.map((entry, index) => {
        const before = entries[index - 1];
        return (
          <Entry
            key={entry.revisionId ?? "live"}
            entry={entry}
            previous={before?.paragraph ?? null}
            previousName={before ? entryTitle(before) : null}
            existedBefore={entries.slice(0, index).some((earlier) => earlier.paragraph !== null)}
          />
        );
      })}
    </ol>
  );
}
