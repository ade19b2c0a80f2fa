// A draft's history, newest first: the live text, then each issued revision with the checkpoints
// taken since it folded in between. The whole list is one form: choose any two entries and
// "Compare" opens the comparison (it works without JavaScript, and from the keyboard).
import Link from "next/link";
import type { RevisionSummary } from "@/lib/api/revisions";
import type { StatusCounts } from "@/lib/api/revisions";
import { CheckpointGroup } from "./CheckpointGroup";
import { CompareChoice } from "./CompareChoice";
import { RevisionCounts } from "./RevisionCounts";
import { RevisionEntry } from "./RevisionEntry";
import { groupTimeline, revisionRef } from "./timeline-groups";
import "../forms.css";
import "./history.css";
import "./revision-names.css";

export function RevisionTimeline({
  documentId,
  timeline,
  liveCounts,
  canRestore,
}: {
  documentId: string;
  /** Newest first. */
  timeline: RevisionSummary[];
  liveCounts: StatusCounts;
  canRestore: boolean;
}) {
  const groups = groupTimeline(timeline);
  const revisions = timeline.filter((entry) => entry.kind === "revision");
  // What delegates read before a meeting: what changed since the last revision.
  const latest = revisions[0] ?? timeline[timeline.length - 1];
  const defaultFrom = latest ? revisionRef(latest) : null;
  return (
    <section aria-labelledby="timeline-title" className="revision-history">
      <h2 id="timeline-title">Revisions and checkpoints</h2>
      {timeline.length === 0 && (
        <p className="notice">
          No revision has been issued yet, and nobody has edited the text since it was tabled: there is nothing to
          compare yet.
        </p>
      )}
      <form action={`/drafts/${documentId}/compare`} method="get" className="timeline-form">
        <p className="timeline-columns" aria-hidden="true">
          <span>From</span>
          <span>To</span>
        </p>
        <ol className="timeline">
          <li className="timeline-entry live-entry">
            <CompareChoice value="live" name="the live text" defaultFrom={null} defaultTo="live" />
            <article aria-labelledby="live-text-title">
              <h3 id="live-text-title">
                <span className="revision-name">Live text</span>
                <span className="revision-label">as it stands now</span>
              </h3>
              <RevisionCounts counts={liveCounts} />
              <p className="entry-actions">
                <Link href={`/drafts/${documentId}`}>Open the draft</Link>
              </p>
            </article>
          </li>
          {groups.map((group) =>
            group.kind === "revision" ? (
              <RevisionEntry
                key={group.revision.id}
                documentId={documentId}
                revision={group.revision}
                previous={revisions.find((entry) => entry.number === (group.revision.number ?? 0) - 1)?.name ?? null}
                canRestore={canRestore}
                defaultFrom={defaultFrom}
                defaultTo="live"
              />
            ) : (
              <CheckpointGroup
                key={group.checkpoints[0]!.id}
                documentId={documentId}
                checkpoints={group.checkpoints}
                since={group.since}
                canRestore={canRestore}
                defaultFrom={defaultFrom}
                defaultTo="live"
              />
            ),
          )}
        </ol>
        {timeline.length > 0 && (
          <p className="timeline-submit">
            <button type="submit">Compare the chosen texts</button>
            <span className="form-hint">Choose a text to compare from and one to compare to, in the two columns.</span>
          </p>
        )}
      </form>
    </section>
  );
}
