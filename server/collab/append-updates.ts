// Appends client updates to the draft's update log in one statement: the durable moment of an
// edit. Nothing is applied or broadcast before this resolves.
import type { Database } from "../db/client";

export interface PendingUpdate {
  update: Uint8Array;
  userId: string | null;
}

export async function appendUpdates(db: Database, documentId: string, updates: PendingUpdate[]): Promise<void> {
  if (updates.length === 0) return;
  await db.documentUpdate.createMany({
    data: updates.map(({ update, userId }) => ({ documentId, update: new Uint8Array(update), userId })),
  });
}
