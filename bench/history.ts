// A draft's typing history as a long negotiation leaves it in DocumentUpdate: one-character
// updates at random places of random open paragraphs, a new Yjs clientID every 500 keystrokes
// (each browser session is a new one).
import * as Y from "yjs";
// eslint-disable-next-line no-restricted-imports -- the bench fills its own drafts' history
import type { Database } from "../server/db/client";
import { appendUpdates } from "../server/collab/append-updates";
import { DRAFT_FIELD, LOCKED_STATUSES } from "../lib/editor/extensions";

const SESSION_LENGTH = 500;
const CHUNK = 5000;

export interface History {
  /** The updates, in order. */
  updates: Uint8Array[];
  /** One more update on top of them (a keystroke still to come). */
  extra: Uint8Array;
  /** The document with all of them applied, the extra one included. */
  doc: Y.Doc;
}

export function typingHistory(state: Uint8Array, count: number): History {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, state);
  const texts = doc
    .getXmlFragment(DRAFT_FIELD)
    .toArray()
    .flatMap((node) =>
      node instanceof Y.XmlElement && !LOCKED_STATUSES.has(String(node.getAttribute("status") ?? "open"))
        ? node.toArray().filter((child): child is Y.XmlText => child instanceof Y.XmlText)
        : [],
    );
  const updates: Uint8Array[] = [];
  doc.on("update", (update: Uint8Array) => updates.push(update));
  for (let i = 0; i <= count; i++) {
    if (i % SESSION_LENGTH === 0) doc.clientID = Math.floor(Math.random() * 2 ** 31); // a new session
    const text = texts[Math.floor(Math.random() * texts.length)]!;
    text.insert(Math.floor(Math.random() * (text.length + 1)), "abcdefghijklmnopqrstuvwxyz "[i % 27]!);
  }
  const extra = updates.pop()!;
  return { updates, extra, doc };
}

/** Appends them with the server's own appendUpdates, in chunks. */
export async function appendHistory(db: Database, documentId: string, updates: Uint8Array[]): Promise<void> {
  for (let i = 0; i < updates.length; i += CHUNK) {
    await appendUpdates(
      db,
      documentId,
      updates.slice(i, i + CHUNK).map((update) => ({ update, userId: null })),
    );
  }
}
