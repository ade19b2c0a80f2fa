import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { DRAFT_FIELD } from "../../lib/editor/extensions";
import { fragmentText } from "../test-support/collab-harness";
import { createTestDatabase } from "../test-support/test-database";
import { appendUpdates } from "./append-updates";
import { compactDocument } from "./compact-document";
import { loadDocument, UnknownDocumentError } from "./load-document";

describe("loadDocument", () => {
  it("seeds a draft's live text exactly once, even when many servers open it at the same moment", async () => {
    const { db } = await createTestDatabase();
    const draft = await db.document.findFirstOrThrow({ where: { symbol: "CICA/SWG/2022/1" } });
    const loads = await Promise.all(Array.from({ length: 6 }, () => loadDocument(db, draft.id)));
    expect(await db.documentState.count({ where: { documentId: draft.id } })).toBe(1);
    const texts = loads.map(({ doc }) => fragmentText(doc.getXmlFragment(DRAFT_FIELD)));
    expect(new Set(texts).size).toBe(1);
    const firstParagraph = (draft.initialContent as { paragraphs: { text: string }[] }).paragraphs[0]!.text;
    expect(texts[0]!.split(firstParagraph).length).toBe(2); // present once, not duplicated
  });

  it("refuses unknown and malformed ids", async () => {
    const { db } = await createTestDatabase();
    await expect(loadDocument(db, "00000000-0000-4000-8000-000000000000")).rejects.toThrow(UnknownDocumentError);
    await expect(loadDocument(db, "not-a-uuid")).rejects.toThrow(UnknownDocumentError);
  });

  it("reads the stored state plus the log, and compaction changes nothing but the row count", async () => {
    const { db } = await createTestDatabase();
    const draft = await db.document.findFirstOrThrow({ where: { symbol: "CICA/SWG/2022/4" } });
    const { doc } = await loadDocument(db, draft.id);
    const updates: Uint8Array[] = [];
    doc.on("update", (update: Uint8Array) => updates.push(update));
    const paragraph = doc.getXmlFragment(DRAFT_FIELD).get(0) as Y.XmlElement;
    for (let i = 0; i < 50; i += 1) (paragraph.get(0) as Y.XmlText).insert(0, `${i} `);
    await appendUpdates(
      db,
      draft.id,
      updates.map((update) => ({ update, userId: null })),
    );
    // A row that cannot be read is skipped, never fatal.
    await appendUpdates(db, draft.id, [{ update: new Uint8Array([1, 2, 3]), userId: null }]);

    const before = await loadDocument(db, draft.id);
    expect(before.skipped).toBe(1);
    const text = fragmentText(before.doc.getXmlFragment(DRAFT_FIELD));
    expect(text.startsWith("49 48 47")).toBe(true);

    expect(await compactDocument(db, draft.id)).toEqual({ merged: 51 });
    expect(await db.documentUpdate.count({ where: { documentId: draft.id } })).toBe(0);
    const after = await loadDocument(db, draft.id);
    expect(fragmentText(after.doc.getXmlFragment(DRAFT_FIELD))).toBe(text);
    expect(after.skipped).toBe(0);
  });
});
