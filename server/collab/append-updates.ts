// Appends client updates to the draft's update log in one statement: the durable moment of an
// edit. Nothing is applied or broadcast before this resolves.
import type { Database } from "../db/client";
import { pgPool } from "../db/client";

export interface PendingUpdate {
  update: Uint8Array;
  userId: string | null;
}

/**
 * One INSERT for any number of rows, as arrays (the statement text never changes with the batch
 * size). WITH ORDINALITY … ORDER BY: the rows take their ids (BIGSERIAL) in the order given, so
 * the log's order is the order in which the room applies them. createdAt is written in UTC, as
 * Prisma writes and reads `timestamp(3)` columns, whatever the session's time zone.
 */
export const APPEND_UPDATES_SQL =
  `INSERT INTO "DocumentUpdate" ("documentId", "update", "userId", "createdAt") ` +
  `SELECT $1::uuid, row.update, row.user_id, now() AT TIME ZONE 'UTC' ` +
  `FROM unnest($2::bytea[], $3::uuid[]) WITH ORDINALITY AS row(update, user_id, position) ` +
  `ORDER BY row.position`;

/** The prepared statement's name on each pooled connection. */
export const APPEND_UPDATES_STATEMENT = "concord_append_updates";

/**
 * How long an append may take before it counts as failed. A PostgreSQL that hangs (a full disk,
 * a lock, a frozen host) answers nothing and closes nothing; without a limit, edits stayed neither
 * saved nor refused for as long as it hung. After it, the senders are closed with 4500 and resend
 * after reconnecting: should the INSERT still land later, the resent update is a duplicate row,
 * which Yjs applies as a no-op.
 */
export const APPEND_TIMEOUT_MS = 5_000;

export class AppendTimeoutError extends Error {
  constructor(ms: number) {
    super(`the database did not take the change within ${ms} ms`);
    this.name = "AppendTimeoutError";
  }
}

/** `work`, or AppendTimeoutError when the database has not answered within `ms`. */
export function withinTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  work.catch(() => {}); // a late failure after the timeout is nobody's to handle
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new AppendTimeoutError(ms)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/** Rejects with AppendTimeoutError when the database has not taken the rows within `timeoutMs`. */
export async function appendUpdates(
  db: Database,
  documentId: string,
  updates: PendingUpdate[],
  timeoutMs = APPEND_TIMEOUT_MS,
): Promise<void> {
  if (updates.length === 0) return;
  const pool = pgPool(db);
  if (!pool) {
    // A client not made by createDatabase (an extended one, say): Prisma's own statement.
    const created = db.documentUpdate.createMany({
      data: updates.map(({ update, userId }) => ({ documentId, update: new Uint8Array(update), userId })),
    });
    await withinTimeout(created, timeoutMs);
    return;
  }
  // Raw pg rather than Prisma's createMany: about 0.1 ms of CPU per statement instead of 0.7 ms,
  // and this runs for every batch of keystrokes. Named, so each connection parses and plans it
  // once (a prepared statement) instead of at every keystroke.
  // query_timeout as well (pg reads it per query; its types know it only per client): pg then
  // drops the hung connection from the pool instead of handing it to the next append.
  const statement = { name: APPEND_UPDATES_STATEMENT, text: APPEND_UPDATES_SQL, query_timeout: timeoutMs };
  const inserted = pool.query(statement, [
    documentId,
    updates.map(({ update }) => update),
    updates.map(({ userId }) => userId),
  ]);
  await withinTimeout(inserted, timeoutMs);
}
