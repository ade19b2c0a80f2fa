// Folds a draft's update log into its stored state, in one transaction, so that opening a
// draft with a long history stays fast. Only the rows it merged are deleted: an update appended
// meanwhile simply waits for the next compaction (Yjs updates may be applied twice safely).
import * as Y from "yjs";
import type { Database } from "../db/client";

export interface CompactionResult {
  merged: number;
}

export async function compactDocument(db: Database, documentId: string): Promise<CompactionResult> {
  return db.$transaction(
    async (tx) => {
      // FOR UPDATE: no load reads the state halfway through this.
      await tx.$queryRaw`SELECT 1 FROM "Document" WHERE id = ${documentId}::uuid FOR UPDATE`;
      const updates = await tx.documentUpdate.findMany({
        where: { documentId },
        orderBy: { id: "asc" },
        select: { id: true, update: true },
      });
      if (updates.length === 0) return { merged: 0 };
      const stored = await tx.documentState.findUnique({ where: { documentId } });
      const doc = new Y.Doc();
      if (stored) Y.applyUpdate(doc, stored.state);
      doc.transact(() => {
        for (const row of updates) {
          try {
            Y.applyUpdate(doc, row.update);
          } catch {
            // an unreadable row is dropped here rather than kept failing every load
          }
        }
      });
      const state = new Uint8Array(Y.encodeStateAsUpdate(doc));
      await tx.documentState.upsert({
        where: { documentId },
        update: { state, compactedAt: new Date() },
        create: { documentId, state },
      });
      // Exactly the merged rows, as one array parameter (an IN list of 100k would not fit).
      const ids = updates.map((row) => row.id);
      await tx.$executeRaw`DELETE FROM "DocumentUpdate" WHERE id = ANY(${ids}::bigint[])`;
      return { merged: updates.length };
    },
    { timeout: 120_000 },
  );
}
