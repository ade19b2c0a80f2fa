// Exports opened with tools that are not ours: the DOCX unzipped and its XML read, then
// converted by LibreOffice; the PDF read by pdftotext; the Akoma Ntoso parsed as XML. On a fresh
// database with the demo forum, through the same function the route calls.
import { XMLParser } from "fast-xml-parser";
import JSZip from "jszip";
import { beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { DRAFT_FIELD } from "../../lib/editor/extensions";
import type { SessionUser } from "../../lib/auth/session-user";
import { loadDocument } from "../collab/load-document";
import type { Database } from "../db/client";

import { issueRevision } from "../revisions/issue-revision";
import { libreOfficeText, pdfText } from "../test-support/office-tools";
import { sessionUser } from "../test-support/session-user";
import { createTestDatabase } from "../test-support/test-database";
import { BracketsRemainError } from "./export-document";
import { exportDocument } from "./export-document";
import { exportDraft, type ExportRequest } from "./export-draft";
import { renderDocx } from "./render-docx";
import { renderPdf } from "./render-pdf";
import { ForbiddenError, InvalidInputError } from "../../lib/api/errors";

let db: Database;
let draftId: string;
let secretariat: SessionUser;

const ask = (request: Partial<ExportRequest>, user = secretariat) =>
  exportDraft(db, user, draftId, { format: null, variant: null, at: null, against: null, draft: null, ...request });

async function unzip(file: Buffer | string) {
  const zip = await JSZip.loadAsync(file as Buffer);
  const read = (name: string) => zip.file(name)!.async("string");
  return { document: await read("word/document.xml"), numbering: await read("word/numbering.xml"), zip, read };
}

/** Types `words` at the end of the first open paragraph of the stored live text, as an editor would. */
async function typeInLiveText(words: string) {
  const { doc } = await loadDocument(db, draftId);
  const before = Y.encodeStateVector(doc);
  const paragraph = doc
    .getXmlFragment(DRAFT_FIELD)
    .toArray()
    .find(
      (node) =>
        node instanceof Y.XmlElement &&
        node.nodeName === "paragraph" &&
        (node.getAttribute("status") ?? "open") === "open",
    ) as Y.XmlElement;
  const text = paragraph.toArray().find((child) => child instanceof Y.XmlText) as Y.XmlText;
  text.insert(text.length, words);
  await db.documentUpdate.create({
    data: { documentId: draftId, update: new Uint8Array(Y.encodeStateAsUpdate(doc, before)), userId: null },
  });
  doc.destroy();
}

beforeAll(async () => {
  ({ db } = await createTestDatabase());
  draftId = (await db.document.findFirstOrThrow({ where: { symbol: "CICA/SWG/2022/3" } })).id;
  secretariat = await sessionUser(db, "secretariat@concord.test");
});

describe("exports", () => {
  it("refuses a clean text while brackets remain, naming the paragraphs, unless a draft is asked for", async () => {
    const refusal = await ask({ variant: "clean" }).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(BracketsRemainError);
    expect((refusal as BracketsRemainError).paragraphs.length).toBeGreaterThan(0);
    expect((refusal as BracketsRemainError).message).toMatch(/brackets remain in (PP|OP)\d/);
  });

  it("writes a clean DOCX with real Word numbering, A4, the symbol in the header and page numbers", async () => {
    const file = await ask({ variant: "clean", format: "docx", draft: "true" });
    expect(file.contentType).toContain("wordprocessingml");
    // The live text is a working text, and this one a draft clean text: its name says both.
    expect(file.filename).toMatch(/^CICA-SWG-2022-3-working-text-\d{4}-\d{2}-\d{2}-\d{4}UTC-draft-clean\.docx$/);
    const { document, numbering, zip, read } = await unzip(file.body);
    expect(numbering).toContain('w:val="decimal"');
    expect(numbering).toContain('w:val="%1."');
    expect(numbering).toContain('w:val="lowerLetter"');
    expect(document).toContain("<w:numPr>");
    expect(document).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    const headers = await Promise.all(
      Object.keys(zip.files)
        .filter((name) => /word\/header\d*\.xml/.test(name))
        .map(read),
    );
    expect(headers.join("")).toContain("CICA/SWG/2022/3");
    const footers = await Promise.all(
      Object.keys(zip.files)
        .filter((name) => /word\/footer\d*\.xml/.test(name))
        .map(read),
    );
    expect(footers.join("")).toContain("PAGE");
    // Numbers are Word's, not typed: no "OP1" and no "1." in the words themselves.
    expect(document).not.toMatch(/<w:t[^>]*>(OP|PP)\d/);
    expect(document).not.toMatch(/<w:t[^>]*>1\.\s/);

    const shown = await libreOfficeText(file.body as Buffer, "docx");
    expect(shown).toContain("Draft clean text — brackets remain");
    expect(shown).toMatch(/^\s*1\.\s+\S/m); // LibreOffice numbers the first operative paragraph 1.
    expect(shown).toMatch(/^\s*2\.\s+\S/m);
    expect(shown).not.toMatch(/\b(RU|CN|PK), (RU|CN|PK|IR)\b/); // no attributions in a clean text
  }, 120_000);

  it("writes the negotiation text with the room's numbers, brackets held by states and statuses", async () => {
    const html = String((await ask({ variant: "negotiation", format: "html" })).body);
    expect(html).toMatch(/<span class="number">PP1<\/span>/);
    expect(html).toMatch(/<sup class="holders">[A-Z]{2}(, [A-Z]{2})*<\/sup>/);
    expect(html).toMatch(/\((Agreed|Bracketed|Agreed ad ref[^)]*)\)/);

    const docx = await ask({ variant: "negotiation", format: "docx" });
    const { document } = await unzip(docx.body);
    expect(document).toMatch(/<w:rStyle w:val="ParagraphNumber"\/><\/w:rPr><w:t[^>]*>OP1\t?/);
    expect(document).toContain('w:val="Holders"');
  });

  it("writes Akoma Ntoso with a preface, a preamble of recitals and numbered paragraphs with stable eIds", async () => {
    const file = await ask({ variant: "negotiation", format: "akn" });
    const xml = new XMLParser({ ignoreAttributes: false, preserveOrder: false }).parse(String(file.body));
    const statement = xml.akomaNtoso.statement;
    expect(xml.akomaNtoso["@_xmlns"]).toBe("http://docs.oasis-open.org/legaldocml/ns/akn/3.0");
    expect(statement.meta.identification.FRBRWork.FRBRnumber["@_value"]).toBe("CICA/SWG/2022/3");
    expect(statement.preface.p.some((p: { docNumber?: string }) => p.docNumber === "CICA/SWG/2022/3")).toBe(true);
    const recitals = [statement.preamble.recitals.recital].flat();
    const paragraphs = [statement.mainBody.paragraph].flat();
    expect(recitals.length).toBeGreaterThan(3);
    expect(paragraphs.length).toBeGreaterThan(3);
    expect(recitals[0].num).toBe("PP1");
    expect(paragraphs[0].num).toBe("OP1");
    const eIds = [...recitals, ...paragraphs].map((element: Record<string, string>) => element["@_eId"]);
    expect(new Set(eIds).size).toBe(eIds.length);
    expect(eIds[0]).toMatch(/^rec_p[a-z2-9]{11}$/);
  });

  it("writes a PDF whose text layer holds the numbers and words, in a font that covers Cyrillic", async () => {
    const file = await ask({ variant: "negotiation", format: "pdf" });
    expect(file.contentType).toBe("application/pdf");
    const text = await pdfText(file.body as Buffer);
    expect(text).toContain("CICA/SWG/2022/3");
    expect(text).toContain("PP1");
    const pdf = (file.body as Buffer).toString("latin1");
    expect(pdf).toMatch(/\/FontFile2/); // embedded TrueType
    expect(pdf).toMatch(/Tinos/); // metric-compatible with Times New Roman, the Word file's font
  });

  it("numbers sub-paragraphs from (a) under every parent in Word, preambular ones included", async () => {
    const view = (id: string, kind: "preambular" | "operative", level: 0 | 1, text: string) => ({
      id,
      number: null,
      kind,
      level,
      status: "open" as const,
      text,
      brackets: [],
      alternatives: [],
      lock: null,
    });
    const document = exportDocument("clean", {
      heading: { title: "T", symbol: "S/1", date: "2022-10-13", revision: null, language: "en", against: null },
      text: {
        paragraphs: [
          view("pp1", "preambular", 0, "Recalling the following:"),
          view("pp1a", "preambular", 1, "Alpha one;"),
          view("pp1b", "preambular", 1, "Alpha two;"),
          view("pp2", "preambular", 0, "Noting also:"),
          view("pp2a", "preambular", 1, "Beta one;"),
          view("op1", "operative", 0, "Decide:"),
          view("op1a", "operative", 1, "Gamma one;"),
          view("op2", "operative", 0, "Request:"),
          view("op2a", "operative", 1, "Delta one;"),
        ],
        deleted: [],
      },
    });
    const shown = await libreOfficeText(await renderDocx(document, "Concord", new Date()), "docx");
    const pairs = [
      ["(a)", "Alpha one;"],
      ["(b)", "Alpha two;"],
      ["(a)", "Beta one;"],
      ["1.", "Decide:"],
      ["(a)", "Gamma one;"],
      ["2.", "Request:"],
      ["(a)", "Delta one;"],
    ];
    const literal = (text: string) => text.replace(/[.()]/g, "\\$&");
    for (const [label, words] of pairs) expect(shown).toMatch(new RegExp(`${literal(label!)}\\s+${literal(words!)}`));
  }, 120_000);

  it("writes Russian text into the PDF in an embedded font that covers Cyrillic", async () => {
    const paragraph = (id: string, text: string) => ({
      id,
      number: "OP1",
      kind: "operative" as const,
      level: 0 as const,
      status: "open" as const,
      text,
      brackets: [{ text: "терроризмом", states: ["RU"] }],
      alternatives: [],
      lock: null,
    });
    const document = exportDocument("negotiation", {
      heading: {
        title: "Заявление СВМДА",
        symbol: "CICA/SWG/2022/3",
        date: "2022-10-13",
        revision: null,
        language: "ru",
        against: null,
      },
      text: { paragraphs: [paragraph("pru", "Призывают к борьбе с [терроризмом] во всех его формах;")], deleted: [] },
    });
    const text = await pdfText(await renderPdf(document));
    expect(text).toContain("Заявление СВМДА");
    expect(text).toContain("Призывают к борьбе с [терроризмом]");
    expect(text).toMatch(/RU/);
  });

  it("exports a past revision exactly as it was, and a redline as tracked changes Word can accept", async () => {
    await issueRevision(db, secretariat, draftId, { label: "After SWG" });
    const before = String((await ask({ variant: "negotiation", format: "html", at: "Rev.1" })).body);
    await typeInLiveText(" and to hold the next consultations in Tashkent");
    const after = String((await ask({ variant: "negotiation", format: "html", at: "Rev.1" })).body);
    expect(after).toBe(before);
    expect(before).not.toContain("next consultations in Tashkent");
    expect(String((await ask({ variant: "negotiation", format: "html" })).body)).toContain(
      "next consultations in Tashkent",
    );

    const redline = await ask({ variant: "redline", format: "docx", against: "Rev.1" });
    expect(redline.filename).toMatch(/^CICA-SWG-2022-3-working-text-after-Rev\.1-.*UTC-redline\.docx$/);
    const { document, read } = await unzip(redline.body);
    const inserted = [...document.matchAll(/<w:ins [^>]*w:author="([^"]+)"[^>]*>([\s\S]*?)<\/w:ins>/g)];
    expect(inserted.length).toBeGreaterThan(0);
    expect(inserted.map((match) => match[2]).join("")).toContain("next consultations in Tashkent");
    expect(document).not.toContain("<w:del ");
    expect(await read("word/settings.xml")).toContain("w:trackRevisions");
    const shown = await libreOfficeText(redline.body as Buffer, "docx");
    expect(shown).toContain("next consultations in Tashkent");

    const html = String((await ask({ variant: "redline", format: "html", against: "Rev.1" })).body);
    expect(html).toMatch(/<ins>[^<]*next consultations in Tashkent<\/ins>/);
  }, 120_000);

  it("is for the chair and the secretariat, and says what is wrong with a request", async () => {
    for (const email of ["kz@concord.test", "observer@concord.test"])
      await expect(ask({}, await sessionUser(db, email))).rejects.toBeInstanceOf(ForbiddenError);
    await expect(ask({ format: "odt" })).rejects.toBeInstanceOf(InvalidInputError);
    await expect(ask({ variant: "summary" })).rejects.toBeInstanceOf(InvalidInputError);
    await expect(ask({ variant: "redline" })).rejects.toThrow(/against=Rev.1/);
    await expect(ask({ variant: "clean", against: "Rev.1" })).rejects.toBeInstanceOf(InvalidInputError);
    await expect(ask({ at: "Rev.9", variant: "negotiation" })).rejects.toThrow(/Rev.9/);
  });
});
