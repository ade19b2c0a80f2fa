// A change to a live text made by the server itself, not typed in an editor: issuing a revision
// freezes the numbering base, a restore brings older text back. It is made on the text as stored
// in Postgres, written to the update log like any editor's change (durable first), then
// published on the bus (server/events), so that every collaboration server that has the draft
// open takes it in and sends it to its editors. It works from any process — the web app's API
// routes included — and with any number of collaboration servers.
import type * as Y from "yjs";
import type { Database } from "../db/client";
import { publish } from "../events/publish";
import { appendUpdates } from "./append-updates";
import { updateProducedBy } from "./update-produced";

export async function announceStoredChange(db: Database, documentId: string): Promise<void> {
  await publish(db, { topic: "stored-change", documentId });
}

export interface ServerChange<T> {
  /** What `change` returned. */
  result: T;
  /** The update written, or null when the change changed nothing. */
  update: Uint8Array | null;
}

/**
 * Runs `change` on `doc` — the text as stored, just loaded — in one transaction, stores what it
 * produced in the name of `userId`, and announces it. What editors send meanwhile merges with it
 * like any concurrent edit.
 */
export async function storeChange<T>(
  db: Database,
  documentId: string,
  userId: string | null,
  doc: Y.Doc,
  change: (doc: Y.Doc) => T,
): Promise<ServerChange<T>> {
  let result!: T;
  const update = updateProducedBy(doc, () => doc.transact(() => (result = change(doc))));
  if (!update) return { result, update: null };
  await appendUpdates(db, documentId, [{ update, userId }]);
  await announceStoredChange(db, documentId);
  return { result, update };
}
