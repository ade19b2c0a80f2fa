// Loads a draft's live text from Postgres: its compacted state plus every update since. The
// first load of a draft that has no live text yet seeds it from the draft's initial content,
// under a lock on the draft's row, so that two servers never seed the same draft twice.
import { prosemirrorJSONToYXmlFragment } from "@tiptap/y-tiptap";
import * as Y from "yjs";
import { draftContentSchema } from "../../lib/draft/content";
import { draftToProseMirror } from "../../lib/editor/draft-to-prosemirror";
import { DRAFT_FIELD, draftSchema } from "../../lib/editor/extensions";
import type { Database } from "../db/client";
import { isUuid } from "../db/uuid";
import { seedNumberingBase } from "./seed-numbering-base";

export class UnknownDocumentError extends Error {
  constructor(readonly documentId: string) {
    super(`There is no draft ${documentId}.`);
    this.name = "UnknownDocumentError";
  }
}

/** The Yjs state a draft starts its live life with. */
export function initialState(initialContent: unknown): Uint8Array {
  const doc = new Y.Doc();
  const parsed = draftContentSchema.safeParse(initialContent);
  if (parsed.success) {
    prosemirrorJSONToYXmlFragment(draftSchema(), draftToProseMirror(parsed.data), doc.getXmlFragment(DRAFT_FIELD));
    seedNumberingBase(doc); // the numbers the draft was tabled with: insertions read "OP5 bis"
  }
  return Y.encodeStateAsUpdate(doc);
}

export interface LoadedDocument {
  doc: Y.Doc;
  /** Update rows that could not be applied (never expected; logged, never fatal). */
  skipped: number;
}

/** Creates the draft's stored live state from its initial content, once, whoever asks first. */
async function seedOnce(db: Database, documentId: string): Promise<void> {
  if (await db.documentState.findUnique({ where: { documentId }, select: { documentId: true } })) return;
  await db.$transaction(async (tx) => {
    // FOR NO KEY UPDATE: serialises seeders (and waits for loads and compactions), but, unlike
    // FOR UPDATE, lets appends through (their foreign key check takes FOR KEY SHARE).
    const rows = await tx.$queryRaw<{ initialContent: unknown }[]>`
      SELECT "initialContent" FROM "Document" WHERE id = ${documentId}::uuid FOR NO KEY UPDATE`;
    if (rows.length === 0) throw new UnknownDocumentError(documentId);
    // Whoever held the lock before us may have seeded it meanwhile.
    if (await tx.documentState.findUnique({ where: { documentId }, select: { documentId: true } })) return;
    await tx.documentState.create({
      data: { documentId, state: new Uint8Array(initialState(rows[0]!.initialContent)) },
    });
  });
}

export async function loadDocument(db: Database, documentId: string): Promise<LoadedDocument> {
  if (!isUuid(documentId)) throw new UnknownDocumentError(documentId);
  await seedOnce(db, documentId);
  const { state, updates } = await db.$transaction(async (tx) => {
    // FOR SHARE: loads run side by side, but never beside a compaction (FOR NO KEY UPDATE, which
    // conflicts with FOR SHARE), so the state and the log are read as one consistent picture:
    // a compaction cannot delete rows between the two reads below. Appends (FOR KEY SHARE) may
    // land between them; that only adds an update the state does not hold yet.
    const rows = await tx.$queryRaw<unknown[]>`SELECT 1 FROM "Document" WHERE id = ${documentId}::uuid FOR SHARE`;
    if (rows.length === 0) throw new UnknownDocumentError(documentId);
    const stored = await tx.documentState.findUniqueOrThrow({ where: { documentId } });
    const updates = await tx.documentUpdate.findMany({
      where: { documentId },
      orderBy: { id: "asc" },
      select: { update: true },
    });
    return { state: stored.state, updates };
  });

  const doc = new Y.Doc({ gc: true });
  Y.applyUpdate(doc, state);
  let skipped = 0;
  // Applying them all in one transaction keeps a cold open of 100k updates fast.
  doc.transact(() => {
    for (const row of updates) {
      try {
        Y.applyUpdate(doc, row.update);
      } catch {
        skipped += 1;
      }
    }
  });
  // Rows stored before the server refused updates it could not place (a clock gap) may leave
  // structs waiting for a part that never comes: they would land later, unjudged. Never kept.
  if (doc.store.pendingStructs !== null || doc.store.pendingDs !== null) {
    doc.store.pendingStructs = null;
    doc.store.pendingDs = null;
    skipped += 1;
  }
  return { doc, skipped };
}
