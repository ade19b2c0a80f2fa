// Folds a draft's update log into its stored state, in one transaction, so that opening a
// draft with a long history stays fast. Only the rows it merged are deleted: an update appended
// meanwhile simply waits for the next compaction (Yjs updates may be applied twice safely).
// Who deleted what (DocumentDeletion) and when each item was written (DocumentInsertion) are kept
// before the rows that say it go.
import * as Y from "yjs";
import type { Database } from "../db/client";
import { delegationOf } from "../../lib/auth/delegation";
import { deletedRanges, insertedRanges, joinedInTime } from "../revisions/update-ranges";

/** Rows read per query, and applied per event-loop turn (about 10–20 ms of work each). */
const PAGE_ROWS = 5000;
const APPLY_ROWS = 1000;

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

export interface CompactionResult {
  merged: number;
}

export async function compactDocument(db: Database, documentId: string): Promise<CompactionResult> {
  return db.$transaction(
    async (tx) => {
      // FOR NO KEY UPDATE: no load (FOR SHARE) reads the state halfway through this, and no other
      // compaction or seeding runs beside it. Not FOR UPDATE: that is the one row lock the
      // FOR KEY SHARE of every INSERT into DocumentUpdate (its foreign key check) conflicts with,
      // so every keystroke of the live room would wait for the whole compaction. Appends go on
      // meanwhile; the DELETE below removes only the rows read here, so theirs stay for next time.
      await tx.$queryRaw`SELECT 1 FROM "Document" WHERE id = ${documentId}::uuid FOR NO KEY UPDATE`;
      // The log is read and applied in pages, giving the event loop back between them: this runs
      // in the collaboration server's process while the room goes on, and 30k rows read and
      // applied in one go would hold every keystroke of every room for the whole of it.
      let doc: Y.Doc | undefined;
      // The newest change the state will hold: the drafts list's "last change" once the rows are gone.
      let lastUpdateAt: Date | null = null;
      const ids: bigint[] = [];
      let after: bigint | undefined;
      for (;;) {
        const page = await tx.documentUpdate.findMany({
          where: { documentId, ...(after === undefined ? {} : { id: { gt: after } }) },
          orderBy: { id: "asc" },
          select: { id: true, update: true, createdAt: true, userId: true },
          take: PAGE_ROWS,
        });
        if (page.length === 0) break;
        if (!doc) {
          const stored = await tx.documentState.findUnique({ where: { documentId } });
          doc = new Y.Doc();
          if (stored) Y.applyUpdate(doc, stored.state);
          lastUpdateAt = stored?.lastUpdateAt ?? null;
        }
        await yieldToEventLoop();
        for (let from = 0; from < page.length; from += APPLY_ROWS) {
          doc.transact((transaction) => {
            for (const row of page.slice(from, from + APPLY_ROWS)) {
              try {
                Y.applyUpdate(transaction.doc, row.update);
              } catch {
                // an unreadable row is dropped here rather than kept failing every load
              }
            }
          });
          await yieldToEventLoop();
        }
        await keepDeletions(tx, documentId, page);
        await keepInsertionTimes(tx, documentId, page);
        for (const row of page) {
          ids.push(row.id);
          if (!lastUpdateAt || row.createdAt > lastUpdateAt) lastUpdateAt = row.createdAt;
        }
        after = page.at(-1)!.id;
        if (page.length < PAGE_ROWS) break;
      }
      if (!doc) return { merged: 0 };
      const state = new Uint8Array(Y.encodeStateAsUpdate(doc));
      await tx.documentState.upsert({
        where: { documentId },
        update: { state, compactedAt: new Date(), lastUpdateAt },
        create: { documentId, state, lastUpdateAt },
      });
      // Exactly the merged rows, as one array parameter (an IN list of 100k would not fit). Rows
      // appended after a page was read are not among them and wait for the next compaction.
      await tx.$executeRaw`DELETE FROM "DocumentUpdate" WHERE id = ANY(${ids}::bigint[])`;
      return { merged: ids.length };
    },
    { timeout: 120_000 },
  );
}

type Transaction = Parameters<Parameters<Database["$transaction"]>[0]>[0];

/** Who deleted what in `rows`, kept for attribution (server/revisions/attribution.ts). */
async function keepDeletions(
  tx: Transaction,
  documentId: string,
  rows: { update: Uint8Array; createdAt: Date; userId: string | null }[],
): Promise<void> {
  const deleting = rows.flatMap((row) =>
    row.userId
      ? deletedRanges(row.update).map((range) => ({ ...range, userId: row.userId!, createdAt: row.createdAt }))
      : [],
  );
  if (deleting.length === 0) return;
  const users = await tx.user.findMany({
    where: { id: { in: [...new Set(deleting.map((range) => range.userId))] } },
    select: { id: true, role: true, memberStateCode: true },
  });
  const delegation = new Map(users.map((user) => [user.id, delegationOf(user) ?? user.role]));
  await tx.documentDeletion.createMany({
    data: deleting.map(({ clientId, clock, length, userId, createdAt }) => ({
      documentId,
      clientId: BigInt(clientId),
      clock,
      length,
      userId,
      delegation: delegation.get(userId) ?? "UNKNOWN",
      createdAt,
    })),
  });
}

/** When the items of `rows` were written, kept for the dates of tracked changes. */
async function keepInsertionTimes(
  tx: Transaction,
  documentId: string,
  rows: { update: Uint8Array; createdAt: Date; userId: string | null }[],
): Promise<void> {
  const written = joinedInTime(
    rows.flatMap((row) =>
      row.userId ? insertedRanges(row.update).map((range) => ({ ...range, createdAt: row.createdAt })) : [],
    ),
  );
  if (written.length === 0) return;
  await tx.documentInsertion.createMany({
    data: written.map(({ clientId, clock, length, createdAt }) => ({
      documentId,
      clientId: BigInt(clientId),
      clock,
      length,
      createdAt,
    })),
  });
}
