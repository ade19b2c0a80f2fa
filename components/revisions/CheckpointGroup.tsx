// The checkpoints the server took by itself between two issued revisions, folded away by
// default: quieter than revisions, but each one can be compared or restored.
import Link from "next/link";
import type { RevisionSummary } from "@/lib/api/revisions";
import { compareHref } from "./compare-href";
import { CompareChoice } from "./CompareChoice";
import { RestoreRevisionButton } from "./RestoreRevisionButton";
import { RevisionCounts } from "./RevisionCounts";
import { formatWhen, When } from "./When";
import "./history.css";

export function CheckpointGroup({
  documentId,
  checkpoints,
  since,
  canRestore,
  defaultFrom,
  defaultTo,
}: {
  documentId: string;
  checkpoints: RevisionSummary[];
  since: string | null;
  canRestore: boolean;
  defaultFrom: string | null;
  defaultTo: string | null;
}) {
  const count = `${checkpoints.length} checkpoint${checkpoints.length === 1 ? "" : "s"}`;
  return (
    <li className="timeline-entry checkpoint-group">
      <details open={checkpoints.some((checkpoint) => [defaultFrom, defaultTo].includes(checkpoint.id))}>
        <summary>
          {since ? `${count} since ${since}` : `${count} before the first revision`}
          <span className="quiet"> — taken automatically after each burst of editing</span>
        </summary>
        <ol className="checkpoints">
          {checkpoints.map((checkpoint) => {
            const name = `the checkpoint of ${formatWhen(checkpoint.createdAt)}`;
            return (
              <li key={checkpoint.id} className="checkpoint-entry">
                <CompareChoice value={checkpoint.id} name={name} defaultFrom={defaultFrom} defaultTo={defaultTo} />
                <span className="checkpoint-when">
                  Checkpoint, <When at={checkpoint.createdAt} />
                </span>
                <RevisionCounts counts={checkpoint.counts} />
                <span className="entry-actions">
                  <Link href={compareHref(documentId, checkpoint.id, "live")}>Compare with the live text</Link>
                  {canRestore && (
                    <RestoreRevisionButton
                      documentId={documentId}
                      revisionRef={checkpoint.id}
                      name={name}
                      description={`${checkpoint.symbol}, checkpoint of ${formatWhen(checkpoint.createdAt)}`}
                    />
                  )}
                </span>
              </li>
            );
          })}
        </ol>
      </details>
    </li>
  );
}
