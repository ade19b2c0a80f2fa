// Who deleted which Yjs items, read from stored updates: a Yjs state keeps that an item is
// deleted, not by whom, so compaction takes it from the log before folding the log away
// (server/collab/compact-document.ts), and attribution reads the rows not yet folded the same way.
import * as Y from "yjs";

export interface DeletedRange {
  clientId: number;
  clock: number;
  length: number;
}

/**
 * The ranges an update deletes. An update's delete set ends it: when empty, its last byte is the
 * count 0, and a non-empty one ends with a non-zero length, so most updates (typing) are skipped
 * without being decoded.
 */
export function deletedRanges(update: Uint8Array): DeletedRange[] {
  if (update.length === 0 || update[update.length - 1] === 0) return [];
  let decoded: ReturnType<typeof Y.decodeUpdate>;
  try {
    decoded = Y.decodeUpdate(update);
  } catch {
    return []; // an unreadable row: compaction drops it too
  }
  const ranges: DeletedRange[] = [];
  decoded.ds.clients.forEach((items, clientId) => {
    for (const { clock, len } of items) ranges.push({ clientId, clock, length: len });
  });
  return ranges;
}

/** The delegation a person acts for: their Member State, or CHAIR / SECRETARIAT. */
export function delegationOfUser(user: { role: string; memberStateCode: string | null }): string {
  return user.memberStateCode ?? user.role;
}
