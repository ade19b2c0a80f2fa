// A change to a live text made by the server itself, not typed in an editor: issuing a revision
// freezes the numbering base, a restore brings older text back. It is made on the text as stored
// in Postgres, written to the update log like any editor's change (durable first), then
// announced, so that every collaboration server that has the draft open takes it in and sends
// it to its editors (stored-changes-listener.ts). It works from any process — the web app's API
// routes included — and with any number of collaboration servers.
import * as Y from "yjs";
import type { Database } from "../db/client";
import { appendUpdates } from "./append-updates";
import { loadDocument } from "./load-document";

/** The Postgres NOTIFY channel; the payload is the draft's id. */
export const STORED_CHANGES_CHANNEL = "concord_stored_changes";

export async function announceStoredChange(db: Database, documentId: string): Promise<void> {
  await db.$executeRaw`SELECT pg_notify(${STORED_CHANGES_CHANNEL}, ${documentId})`;
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
  const produced: Uint8Array[] = [];
  const collect = (update: Uint8Array) => produced.push(update);
  doc.on("update", collect);
  let result!: T;
  try {
    doc.transact(() => {
      result = change(doc);
    });
  } finally {
    doc.off("update", collect);
  }
  if (produced.length === 0) return { result, update: null };
  const update = produced.length === 1 ? produced[0]! : Y.mergeUpdates(produced);
  await appendUpdates(db, documentId, [{ update, userId }]);
  await announceStoredChange(db, documentId);
  return { result, update };
}

/** Loads the stored text and changes it (see storeChange). */
export async function applyServerChange<T>(
  db: Database,
  documentId: string,
  userId: string | null,
  change: (doc: Y.Doc) => T,
): Promise<ServerChange<T>> {
  const { doc } = await loadDocument(db, documentId);
  try {
    return await storeChange(db, documentId, userId, doc, change);
  } finally {
    doc.destroy();
  }
}
