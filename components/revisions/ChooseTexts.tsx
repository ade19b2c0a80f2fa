// On the compare page: choose two other texts to compare, without going back to the history.
// A plain GET form, so it works from the keyboard and without JavaScript.
import type { RevisionSummary } from "@/lib/api/revisions";
import { revisionRef } from "./timeline-groups";
import { textName } from "./text-names";
import "./comparison-head.css";

function Options({ timeline }: { timeline: RevisionSummary[] }) {
  return (
    <>
      <option value="live">Live text</option>
      {timeline.map((entry) => (
        <option key={entry.id} value={revisionRef(entry)}>
          {textName(entry)}
          {entry.label ? ` — ${entry.label}` : ""}
        </option>
      ))}
    </>
  );
}

export function ChooseTexts({
  documentId,
  timeline,
  from,
  to,
  view,
  onlyDifferences,
}: {
  documentId: string;
  timeline: RevisionSummary[];
  from: string;
  to: string;
  view: "inline" | "side";
  onlyDifferences: boolean;
}) {
  return (
    <form className="choose-texts" action={`/drafts/${documentId}/compare`} method="get">
      <label>
        Compare{" "}
        <select name="from" defaultValue={from} aria-label="Compare from">
          <Options timeline={timeline} />
        </select>
      </label>
      <label>
        with{" "}
        <select name="to" defaultValue={to} aria-label="Compare to">
          <Options timeline={timeline} />
        </select>
      </label>
      {view === "side" && <input type="hidden" name="view" value="side" />}
      {onlyDifferences && <input type="hidden" name="only" value="changes" />}
      <button type="submit" className="secondary">
        Compare
      </button>
    </form>
  );
}
