// One issued revision in the history, set out prominently: Rev.N and its symbol, its label and
// meeting, who issued it and when, where the text stood, and what one does with it next.
import Link from "next/link";
import type { RevisionSummary } from "@/lib/api/revisions";
import { compareHref } from "./compare-href";
import { CompareChoice } from "./CompareChoice";
import { CreatedBy } from "./CreatedBy";
import { RestoreRevisionButton } from "./RestoreRevisionButton";
import { RevisionCounts } from "./RevisionCounts";
import { formatWhen, When } from "./When";
import "./history.css";
import "./revision-names.css";

export function RevisionEntry({
  documentId,
  revision,
  previous,
  canRestore,
  defaultFrom,
  defaultTo,
}: {
  documentId: string;
  revision: RevisionSummary;
  /** The revision issued before it ("Rev.1" before "Rev.2"), if any. */
  previous: string | null;
  canRestore: boolean;
  defaultFrom: string | null;
  defaultTo: string | null;
}) {
  const headingId = `revision-${revision.id}`;
  return (
    <li className="timeline-entry revision-entry" data-revision={revision.name}>
      <CompareChoice value={revision.name} name={revision.name} defaultFrom={defaultFrom} defaultTo={defaultTo} />
      <article aria-labelledby={headingId}>
        <h3 id={headingId}>
          <span className="revision-name">{revision.name}</span>
          {revision.label && <span className="revision-label">{revision.label}</span>}
        </h3>
        <p className="revision-meta">
          <span className="symbol">{revision.symbol}</span>
          {revision.meeting && <span>After: {revision.meeting}</span>}
          <span>
            Issued by <CreatedBy by={revision.createdBy} />, <When at={revision.createdAt} />
          </span>
        </p>
        <RevisionCounts counts={revision.counts} />
        <p className="entry-actions">
          {previous && <Link href={compareHref(documentId, previous, revision.name)}>Changes since {previous}</Link>}
          <Link href={compareHref(documentId, revision.name, "live")}>Compare with the live text</Link>
          {canRestore && (
            <RestoreRevisionButton
              documentId={documentId}
              revisionRef={revision.name}
              name={revision.name}
              description={`${revision.symbol}, issued ${formatWhen(revision.createdAt)}`}
            />
          )}
        </p>
      </article>
    </li>
  );
}
