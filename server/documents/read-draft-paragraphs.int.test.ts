import { beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { writeNumberingBase } from "../../lib/collab/numbering-base";
import { DRAFT_FIELD } from "../../lib/editor/extensions";
import { renumberDraft } from "../../lib/editor/renumber-draft";
import type { SessionUser } from "../../lib/auth/session-user";
import { loadDocument } from "../collab/load-document";
import type { Database } from "../db/client";

import { createTestDatabase } from "../test-support/test-database";

import { readDraft } from "./read-draft-paragraphs";
import { recordRenumbering } from "./record-renumbering";
import { DocumentNotFoundError, ForbiddenError } from "../../lib/api/errors";

let db: Database;
let draftId: string;
const users: Record<string, SessionUser> = {};

beforeAll(async () => {
  ({ db } = await createTestDatabase());
  draftId = (await db.document.findFirstOrThrow({ where: { symbol: "CICA/SWG/2022/3" } })).id;
  for (const email of ["kz", "secretariat", "observer"]) {
    const user = await db.user.findUniqueOrThrow({
      where: { email: `${email}@concord.test` },
      include: { memberState: true },
    });
    users[email] = { ...user, memberStateName: user.memberState?.name ?? null };
  }
});

/** Changes the stored live text as a client would: one update appended to the draft's log. */
async function changeLiveText(edit: (doc: Y.Doc) => void) {
  const { doc } = await loadDocument(db, draftId);
  const before = Y.encodeStateVector(doc);
  edit(doc);
  await db.documentUpdate.create({
    data: { documentId: draftId, update: new Uint8Array(Y.encodeStateAsUpdate(doc, before)), userId: null },
  });
  doc.destroy();
}

const topLevel = (doc: Y.Doc) => doc.getXmlFragment(DRAFT_FIELD).toArray() as Y.XmlElement[];

describe("readDraft (GET /api/documents/{id})", () => {
  it("reads the live text: metadata, paragraphs in order, numbers, statuses, brackets, locks", async () => {
    const draft = await readDraft(db, users.observer!, draftId);
    expect(draft).toMatchObject({ id: draftId, symbol: "CICA/SWG/2022/3", deleted: [] });
    expect(draft).not.toHaveProperty("content");
    const numbered = draft.paragraphs.filter((paragraph) => paragraph.level === 0 && paragraph.kind === "operative");
    expect(numbered.map((paragraph) => paragraph.number)).toEqual(numbered.map((_, index) => `OP${index + 1}`));
    const agreed = draft.paragraphs.find((paragraph) => paragraph.status === "agreed")!;
    expect(agreed.lock).toEqual({ status: "agreed", adRef: null });
    const bracketed = draft.paragraphs.find((paragraph) => paragraph.status === "bracketed");
    if (bracketed) expect(bracketed.brackets.length + bracketed.alternatives.length).toBeGreaterThan(0);
    for (const paragraph of draft.paragraphs.filter((p) => p.status === "open")) expect(paragraph.lock).toBeNull();
  });

  it("numbers an insertion bis against the stored base, lists deleted paragraphs, and reads holds", async () => {
    let op1 = "";
    let op2 = "";
    await changeLiveText((doc) => {
      renumberDraft(doc); // freeze the numbers as they stand
      const paragraphs = topLevel(doc);
      const operative = paragraphs.filter((p) => p.nodeName === "paragraph" && p.getAttribute("kind") === "operative");
      op1 = operative[0]!.getAttribute("pid")!;
      op2 = operative[1]!.getAttribute("pid")!;
      const at = paragraphs.indexOf(operative[0]!) + 1;
      const added = new Y.XmlElement("paragraph");
      added.setAttribute("pid", "pnewparagraph");
      added.setAttribute("kind", "operative");
      added.setAttribute("status", "open");
      added.setAttribute("holds", JSON.stringify({ brackets: [{ text: "combat", states: ["RU", "CN"] }] }));
      added.insert(0, [new Y.XmlText("Decide to [combat][counter] terrorism;")]);
      doc.getXmlFragment(DRAFT_FIELD).insert(at, [added]);
      // OP2 is deleted from the text (with its words, as a live editor does).
      doc.getXmlFragment(DRAFT_FIELD).delete(paragraphs.indexOf(operative[1]!) + 1, 1);
    });

    const draft = await readDraft(db, users.kz!, draftId);
    const index = draft.paragraphs.findIndex((paragraph) => paragraph.id === "pnewparagraph");
    expect(draft.paragraphs[index - 1]).toMatchObject({ id: op1, number: "OP1" });
    expect(draft.paragraphs[index]).toMatchObject({
      number: "OP1 bis",
      kind: "operative",
      level: 0,
      status: "bracketed",
      text: "Decide to [combat][counter] terrorism;",
      brackets: [
        { text: "combat", states: ["RU", "CN"] },
        { text: "counter", states: [] },
      ],
      alternatives: [],
      lock: null,
    });
    expect(draft.paragraphs[index + 1]!.number).toBe("OP3");
    expect(draft.deleted).toEqual([{ id: op2, number: "OP2" }]);
  });

  it("answers not found for an unknown or malformed id", async () => {
    await expect(readDraft(db, users.kz!, "00000000-0000-4000-8000-000000000000")).rejects.toThrow(
      DocumentNotFoundError,
    );
    await expect(readDraft(db, users.kz!, "not-an-id")).rejects.toThrow(DocumentNotFoundError);
  });

  it("ignores a damaged base rather than failing", async () => {
    await changeLiveText((doc) => doc.getMap("numbering").set("base", "{not json"));
    const draft = await readDraft(db, users.kz!, draftId);
    expect(draft.paragraphs.find((paragraph) => paragraph.id === "pnewparagraph")!.number).toMatch(/^OP\d+$/);
    await changeLiveText((doc) => writeNumberingBase(doc, {}));
  });
});

describe("recordRenumbering", () => {
  it("keeps the secretariat's table in the audit log and refuses a delegate", async () => {
    const table = [{ id: "pnewparagraph", old: "OP1 bis", new: "OP2" }];
    await expect(recordRenumbering(db, users.kz!, draftId, { table })).rejects.toThrow(ForbiddenError);
    await recordRenumbering(db, users.secretariat!, draftId, { table });
    const entry = await db.auditEntry.findFirstOrThrow({
      where: { action: "document.renumber", documentId: draftId },
    });
    expect(entry).toMatchObject({ actorId: users.secretariat!.id, details: { table } });
  });
});
