// The work a draft's room does in order (document-room.ts): updates to write, refusals to undo,
// catch-ups with what other processes stored. Which jobs go together in one step is decided
// here: consecutive updates are one group commit, a refusal goes alone after what came before
// it, and consecutive catch-ups are answered by one reload.
import type { CollabConnection } from "./collab-connection";
import type { FirstLook } from "./rules";
import type { ItemIndex } from "./staged-items";

export interface Pending {
  connection: CollabConnection;
  update: Uint8Array;
  /** Its items, staged until applied, for later updates that build on them. */
  items: ItemIndex;
  /** The Yjs client ids it writes under (client-owners.ts). */
  clients: number[];
  /** What the rules found before it was applied: what to undo, and the status changes to record. */
  look: FirstLook;
}

/** What the writer does next, strictly in the order received. */
export type Job = { kind: "update"; pending: Pending } | { kind: "refuse"; pending: Pending } | { kind: "catch-up" };

/**
 * At most this many updates per INSERT (and per broadcast frame). A backlog this large only
 * builds up when Postgres stalls; capping it keeps one statement and one merge bounded.
 */
export const MAX_BATCH = 500;

/** Removes and returns the jobs of the writer's next step from the head of `queue` (non-empty). */
export function takeNextJobs(queue: Job[]): Job[] {
  const head = queue[0]!;
  if (head.kind === "refuse") return queue.splice(0, 1);
  const limit = head.kind === "update" ? MAX_BATCH : queue.length;
  let count = 1;
  while (count < queue.length && count < limit && queue[count]!.kind === head.kind) count += 1;
  return queue.splice(0, count);
}
