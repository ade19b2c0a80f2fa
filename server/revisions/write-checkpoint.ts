// Automatic checkpoints: the server keeps the text after each burst of activity (and before a
// restore replaces it), apart from issued revisions, so that any earlier state is within reach.
// A checkpoint is only written when the text differs from the last revision or checkpoint.
import * as Y from "yjs";
import type { Database } from "../db/client";
import { latestRevisionNumber, latestIssuedRevision, revisionSymbol } from "./revision-symbol";
import { snapshotOf, type Snapshot } from "./snapshot";

/**
 * Writes a checkpoint of `text` (the draft's text as stored, or a snapshot of it taken when the
 * collaboration room held exactly what is stored) unless nothing changed; true if written.
 */
export async function writeCheckpoint(db: Database, documentId: string, text: Y.Doc | Snapshot): Promise<boolean> {
  const snapshot = text instanceof Y.Doc ? snapshotOf(text) : text;
  const [document, last] = await Promise.all([
    db.document.findUnique({ where: { id: documentId }, select: { symbol: true, revisions: latestIssuedRevision } }),
    db.revision.findFirst({
      where: { documentId },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      select: { text: true },
    }),
  ]);
  if (!document) return false;
  if (last && JSON.stringify(last.text) === JSON.stringify(snapshot.text)) return false;
  await db.revision.create({
    data: {
      documentId,
      kind: "CHECKPOINT",
      symbol: revisionSymbol(document.symbol, latestRevisionNumber(document.revisions)),
      state: new Uint8Array(snapshot.state),
      text: snapshot.text as object,
      counts: snapshot.counts as object,
    },
  });
  return true;
}
