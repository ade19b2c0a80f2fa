// What stored updates wrote and deleted, as ranges of Yjs items: a Yjs state keeps that an item
// is deleted, not by whom, and when neither an item was written nor deleted, so compaction takes
// them from the log before folding it away (server/collab/compact-document.ts), and attribution
// reads the rows not yet folded the same way.
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

/** The ranges of items an update writes (one per client's contiguous run). */
export function insertedRanges(update: Uint8Array): DeletedRange[] {
  let decoded: ReturnType<typeof Y.decodeUpdate>;
  try {
    decoded = Y.decodeUpdate(update);
  } catch {
    return [];
  }
  const ranges: DeletedRange[] = [];
  for (const struct of decoded.structs) {
    if (!(struct instanceof Y.Item)) continue; // GC and skips write nothing that stands
    const last = ranges.at(-1);
    if (last && last.clientId === struct.id.client && last.clock + last.length === struct.id.clock)
      last.length += struct.length;
    else ranges.push({ clientId: struct.id.client, clock: struct.id.clock, length: struct.length });
  }
  return ranges;
}

/**
 * `ranges` with their times, a client's contiguous ranges written within `windowMs` of each
 * other's start joined into one (a minute of typing is one range, dated at its first keystroke).
 */
export function joinedInTime<T extends DeletedRange & { createdAt: Date }>(ranges: T[], windowMs = 60_000): T[] {
  const sorted = [...ranges].sort((a, b) => a.clientId - b.clientId || a.clock - b.clock);
  const joined: T[] = [];
  for (const range of sorted) {
    const last = joined.at(-1);
    if (
      last &&
      last.clientId === range.clientId &&
      last.clock + last.length === range.clock &&
      range.createdAt.getTime() - last.createdAt.getTime() <= windowMs
    )
      last.length += range.length;
    else joined.push({ ...range });
  }
  return joined;
}
