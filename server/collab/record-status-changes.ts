// The status history: every paragraph status change the collaboration server accepted, with
// who made it and when. The rules judged each change against the text as it stood before the
// update (rules/status-changes.ts) and it travelled with the update; this runs after the update
// is in Postgres and applied, and writes what actually took effect.
import type * as Y from "yjs";
import { paragraphsOfDoc } from "../../lib/draft/read-paragraphs";
import type { Database } from "../db/client";
import type { AcceptedStatusChange } from "./rules/status-changes";

export type StatusChangeBy = AcceptedStatusChange & { userId: string };

/**
 * Records the status changes of a batch of updates just applied to `doc`. Resolves when they are
 * written; a failure is logged, never thrown: the change itself is already safe in the text.
 */
export async function recordStatusChanges(
  db: Database,
  documentId: string,
  doc: Y.Doc,
  changes: readonly StatusChangeBy[],
): Promise<void> {
  if (changes.length === 0) return;
  // Another change in the same batch may have overtaken it (two chairs' screens): record what stands.
  const statusOf = new Map(paragraphsOfDoc(doc).map((paragraph) => [paragraph.pid, paragraph.status]));
  const standing = changes.filter((change) => statusOf.get(change.pid) === change.to);
  if (standing.length === 0) return;
  try {
    await db.paragraphStatusChange.createMany({
      data: standing.map((change) => ({
        documentId,
        paragraphId: change.pid,
        from: change.from,
        to: change.to,
        adRefStates: change.adRefStates,
        adRefDeadline: change.adRefDeadline,
        userId: change.userId,
      })),
    });
  } catch (error) {
    console.error(`Could not record ${standing.length} status change(s) of draft ${documentId}:`, error);
  }
}
