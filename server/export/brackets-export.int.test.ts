// Nested brackets and deletion proposals as the seeded drafts hold them, exported through the
// route's function and opened with tools that are not ours — LibreOffice, pdftotext, xmllint
// with the OASIS schema — and every demo draft's Akoma Ntoso, in every variant, validated.
import { beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { DRAFT_FIELD } from "../../lib/editor/extensions";
import type { SessionUser } from "../../lib/auth/session-user";
import { loadDocument } from "../collab/load-document";
import type { Database } from "../db/client";
import { issueRevision } from "../revisions/issue-revision";
import { aknSchemaErrors } from "../test-support/akn-schema";
import { libreOfficeText, pdfText } from "../test-support/office-tools";
import { sessionUser } from "../test-support/session-user";
import { createTestDatabase } from "../test-support/test-database";
import { exportDraft, type ExportRequest } from "./export-draft";

let db: Database;
let secretariat: SessionUser;
let drafts: { id: string; symbol: string }[];
let astana: string;

const ask = (documentId: string, request: Partial<ExportRequest>) =>
  exportDraft(db, secretariat, documentId, {
    format: null,
    variant: null,
    at: null,
    against: null,
    draft: null,
    ...request,
  });

/** What a reader sees, spaces of every kind as one. */
const flat = (text: string) => text.replace(/[\s\u00a0\u202f\u2007]+/g, " ");
const OP5 = /timeline\] ?KZ, AZ, TR ?\] ?KZ, RU, CN for consideration/;
const OP14 = /IN: delete · CN, KH, PK: retain ?Welcome the Global Development Initiative/;

/** Words typed at the end of the first open paragraph of the stored live text, as an editor would. */
async function typeInLiveText(documentId: string, words: string) {
  const { doc } = await loadDocument(db, documentId);
  const before = Y.encodeStateVector(doc);
  const paragraph = doc
    .getXmlFragment(DRAFT_FIELD)
    .toArray()
    .find(
      (node) => node instanceof Y.XmlElement && node.nodeName === "paragraph" && node.getAttribute("status") === "open",
    ) as Y.XmlElement;
  const text = paragraph.toArray().find((child) => child instanceof Y.XmlText) as Y.XmlText;
  text.insert(text.length, words);
  await db.documentUpdate.create({
    data: { documentId, update: new Uint8Array(Y.encodeStateAsUpdate(doc, before)), userId: null },
  });
  doc.destroy();
}

beforeAll(async () => {
  ({ db } = await createTestDatabase());
  secretariat = await sessionUser(db, "secretariat@concord.test");
  drafts = await db.document.findMany({ select: { id: true, symbol: true }, orderBy: { symbol: "asc" } });
  astana = drafts.find((draft) => draft.symbol === "CICA/SWG/2022/1")!.id;
  for (const draft of drafts) {
    await issueRevision(db, secretariat, draft.id, { label: "After the first reading" });
    await typeInLiveText(draft.id, " as amended");
  }
});

describe("nested brackets and deletion proposals, as the seeded Astana Statement holds them", () => {
  it("in Word, as LibreOffice shows it", async () => {
    const text = flat(
      await libreOfficeText((await ask(astana, { variant: "negotiation", format: "docx" })).body as Buffer, "docx"),
    );
    expect(text).toMatch(OP5);
    expect(text).toMatch(OP14);
    expect(text).not.toMatch(/timeline\]\]/);
  }, 180_000);

  it("in the PDF, as pdftotext reads it", async () => {
    const text = flat(await pdfText((await ask(astana, { variant: "negotiation", format: "pdf" })).body as Buffer));
    expect(text).toMatch(OP5);
    expect(text).toMatch(OP14);
  }, 60_000);

  it("in HTML", async () => {
    const html = String((await ask(astana, { variant: "negotiation", format: "html" })).body);
    expect(flat(html.replace(/<[^>]+>/g, ""))).toMatch(OP5);
    expect(flat(html.replace(/<[^>]+>/g, ""))).toMatch(OP14);
  });
});

describe("Akoma Ntoso of every demo draft", () => {
  it("is valid against the OASIS schema in every variant, live and as issued", async () => {
    expect(drafts.length).toBeGreaterThanOrEqual(6);
    const requests: Partial<ExportRequest>[] = [
      { variant: "clean", draft: "true" },
      { variant: "negotiation" },
      { variant: "redline", against: "Rev.1" },
      { variant: "negotiation", at: "Rev.1" },
      { variant: "clean", draft: "true", at: "Rev.1" },
    ];
    const files = [];
    for (const draft of drafts)
      for (const request of requests) {
        const file = await ask(draft.id, { ...request, format: "akn" });
        files.push({ name: file.filename, xml: String(file.body) });
      }
    expect(await aknSchemaErrors(files)).toEqual([]);
  }, 120_000);
});
