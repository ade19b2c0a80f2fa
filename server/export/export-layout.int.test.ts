// The exports say what they are and look like the forum's documents, read with tools that are
// not ours: the DOCX unzipped (fonts, cover block, header of the first page, hanging indents) and
// shown by LibreOffice; the PDF read by `pdftotext -layout` (no line that is only a label or
// punctuation) and rendered to PNG by pdftoppm. On a fresh database with the demo forum.
import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm, stat, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import JSZip from "jszip";
import { beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "../../lib/auth/session-user";
import type { Database } from "../db/client";

import { issueRevision } from "../revisions/issue-revision";
import { libreOfficeText, pdfText } from "../test-support/office-tools";
import { sessionUser } from "../test-support/session-user";
import { createTestDatabase } from "../test-support/test-database";
import { setDistribution } from "./distribution";
import { compareTexts } from "../../lib/revisions";
import { textAt } from "../revisions/text-at";
import { exportDocument } from "./export-document";
import type { ExportRequest } from "./export-draft";
import { exportAs } from "./test-support";
import { renderPdf } from "./render-pdf";
import { timesWidth } from "./pdf-fonts";
import { ForbiddenError } from "../../lib/api/errors";

const run = promisify(execFile);
let db: Database;
let draftId: string;
let secretariat: SessionUser;

const ask = (request: Partial<ExportRequest>) => exportAs(db, secretariat, draftId, request);

async function word(file: Buffer | string) {
  const zip = await JSZip.loadAsync(file as Buffer);
  const read = async (name: string) => (await zip.file(name)?.async("string")) ?? "";
  return { document: await read("word/document.xml"), styles: await read("word/styles.xml"), zip, read };
}

/** The lines of a PDF as `pdftotext -layout` sets them, trimmed, the empty ones left out. */
const lines = (text: string) =>
  text
    .split("\n")
    .map((line) => line.replace(/\u00a0/g, " ").trim())
    .filter(Boolean);

/** A line that is only a paragraph label, a status note, a holder list or punctuation. */
const FRAGMENT = [
  /^(PP|OP)\d+( (bis|ter|quater|quinquies))?$/,
  /^\((a|b|c|i|ii|iii)\)$/,
  /^[;:,.\])]+$/,
  /^\((Agreed|Bracketed|Deleted|Open)[^)]*\)$/,
  /^([A-Z]{2}|CHAIR)(, ([A-Z]{2}|CHAIR))*$/,
];

beforeAll(async () => {
  ({ db } = await createTestDatabase());
  draftId = (await db.document.findFirstOrThrow({ where: { symbol: "CICA/SWG/2022/3" } })).id;
  secretariat = await sessionUser(db, "secretariat@concord.test");
  await issueRevision(db, secretariat, draftId, { label: "After SWG", meeting: "SWG, 13–14 September 2022" });
});

describe("what an export says it is", () => {
  it("exports an issued revision under its symbol, date and meeting; the live text as a working text", async () => {
    const revision = await ask({ format: "docx", variant: "negotiation", at: "Rev.1" });
    expect(revision.filename).toBe("CICA-SWG-2022-3-Rev.1-negotiation.docx");
    const issued = await libreOfficeText(revision.body as Buffer, "docx");
    expect(issued).toContain("CICA/SWG/2022/3/Rev.1");
    expect(issued).toContain("SWG, 13–14 September 2022");
    expect(issued).toMatch(
      /\b\d{1,2}\s(January|February|March|April|May|June|July|August|September|October|November|December)\s\d{4}\b/,
    );
    expect(issued).not.toContain("not an official document");

    const live = await ask({ format: "docx", variant: "negotiation" });
    expect(live.filename).toMatch(
      /^CICA-SWG-2022-3-working-text-after-Rev\.1-\d{4}-\d{2}-\d{2}-\d{4}UTC-negotiation\.docx$/,
    );
    const working = await libreOfficeText(live.body as Buffer, "docx");
    expect(working).toMatch(
      /Working text after Rev\.1 — \d{1,2} \w+ \d{4}, \d{2}:\d{2} UTC — not an official document/,
    );
    // Not under Rev.1's symbol: the cover's top right says "Working text".
    const { document } = await word(live.body);
    expect(document).not.toMatch(/<w:t[^>]*>CICA\/SWG\/2022\/3\/Rev\.1<\/w:t>/);

    const pdf = await ask({ format: "pdf", variant: "negotiation" });
    expect(pdf.filename).toMatch(/-working-text-after-Rev\.1-.*UTC-negotiation\.pdf$/);
    expect(await pdfText(pdf.body as Buffer)).toMatch(/Working text after Rev\.1 —[\s\S]*not an official document/);
  }, 120_000);

  it("names and marks a draft clean text as a draft, apart from a clean text", async () => {
    const draft = await ask({ format: "html", variant: "clean", at: "Rev.1", draft: "true" });
    expect(draft.filename).toBe("CICA-SWG-2022-3-Rev.1-draft-clean.html");
    expect(String(draft.body)).toContain("Draft clean text — brackets remain — not for adoption");
  });
});

describe("the layout of the forum's documents", () => {
  it("writes Word in Times New Roman 12 with the cover block, the symbol once on page 1, labels that fit", async () => {
    await setDistribution(db, secretariat, draftId, "Restricted");
    const file = await ask({ format: "docx", variant: "negotiation", at: "Rev.1" });
    await setDistribution(db, secretariat, draftId, "Limited");
    const { document, styles, zip, read } = await word(file.body);
    expect(styles).toMatch(/<w:docDefaults>[\s\S]*w:ascii="Times New Roman"[\s\S]*<w:sz w:val="24"\/>/);
    expect(document).not.toContain("DejaVu");
    // The first page has its own (empty) header: the symbol stands once, in the cover block.
    expect(document).toContain("<w:titlePg/>");
    expect(document.match(/CICA\/SWG\/2022\/3\/Rev\.1/g)).toHaveLength(1);
    const firstHeader = /<w:headerReference w:type="first" r:id="(rId\d+)"/.exec(document)![1];
    const rels = await read("word/_rels/document.xml.rels");
    const target = new RegExp(`Id="${firstHeader}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? "";
    expect(await read(`word/${target}`)).not.toContain("CICA/SWG");
    const headers = await Promise.all(
      Object.keys(zip.files)
        .filter((name) => /word\/header\d*\.xml/.test(name))
        .map(read),
    );
    expect(headers.join("")).toContain("CICA/SWG/2022/3/Rev.1"); // the running header of later pages
    for (const words of ["Distr.: Restricted", "Original: English", "Special Working Group"])
      expect(document).toContain(words);
    // Every label ("OP6 bis") fits its hanging indent: the tab after it reaches the words.
    for (const [, hanging, label] of document.matchAll(
      /<w:ind w:left="\d+" w:hanging="(\d+)"\/>(?:(?!<\/w:p>).)*?<w:rStyle w:val="ParagraphNumber"\/><\/w:rPr><w:t[^>]*>([^<\t]+)\t/gs,
    ))
      expect(Number(hanging)).toBeGreaterThan(timesWidth(label!, "bold", 12) * 20);
    // Holder lists never break: their spaces are no-break spaces.
    expect(document).toMatch(/<w:rStyle w:val="Holders"\/><\/w:rPr><w:t[^>]*>[A-Z]{2}(,\u00a0[A-Z]{2})+</);
    // The preambular participles stay italic.
    expect(document).toMatch(
      /<w:i\/>(?:(?!<\/w:r>).)*<w:t[^>]*>(Recognizing|Reaffirming|Recalling|Noting|Welcoming|Emphasizing|Acknowledging|Stressing|Underlining|Guided|Determined|Convinced|Concerned|Expressing|Bearing|Taking|Mindful|Aware)/s,
    );
  }, 120_000);

  it("sets the PDF as flowing text in Tinos: no line is only a label, a note, holders or punctuation", async () => {
    for (const variant of ["negotiation", "redline"] as const) {
      const file = await ask({ format: "pdf", variant, against: variant === "redline" ? "Rev.1" : null });
      const shown = lines(await pdfText(file.body as Buffer));
      expect(shown.length).toBeGreaterThan(20);
      const fragments = shown.filter((line) => FRAGMENT.some((pattern) => pattern.test(line)));
      expect(fragments, `${variant}: lines made only of a label or punctuation`).toEqual([]);
      const raw = (file.body as Buffer).toString("latin1");
      expect(raw).toMatch(/Tinos-Regular/);
    }
  });

  it("keeps a redline's inserted and deleted words inline, in the lines of their paragraph", async () => {
    // Rev.1 against itself with words changed in every paragraph: replaced, added, removed.
    const before = (await textAt(db, secretariat, draftId, "Rev.1")).text;
    const after = {
      ...before,
      paragraphs: before.paragraphs.map((paragraph, index) => ({
        ...paragraph,
        text:
          index % 3 === 0
            ? paragraph.text.replace(/\b(the|and|of)\b/, "all the relevant")
            : index % 3 === 1
              ? `${paragraph.text.replace(/;$/, "")}, in good time;`
              : paragraph.text.replace(/\s\S+;?$/, ";"),
      })),
    };
    const document = exportDocument("redline", {
      heading: {
        title: "T",
        symbol: "CICA/SWG/2022/3",
        date: "2022-10-13",
        revision: null,
        language: "en",
        against: "Rev.1",
      },
      text: after,
      comparison: compareTexts(before, after),
    });
    const shown = lines(await pdfText(await renderPdf(document)));
    expect(shown.filter((line) => FRAGMENT.some((pattern) => pattern.test(line)))).toEqual([]);
    // An inserted phrase reads inside its sentence, on the line of the words before it.
    expect(shown.some((line) => /\S+ all the relevant/.test(line))).toBe(true);
    expect(shown.some((line) => /\S+, in good time;/.test(line))).toBe(true);
  });

  it("renders the PDF's first page to an image", async () => {
    const file = await ask({ format: "pdf", variant: "negotiation", at: "Rev.1" });
    const dir = await mkdtemp(path.join(os.tmpdir(), "concord-pdf-png-"));
    try {
      await writeFile(path.join(dir, "export.pdf"), file.body as Buffer);
      await run("pdftoppm", [
        "-png",
        "-r",
        "50",
        "-f",
        "1",
        "-l",
        "1",
        path.join(dir, "export.pdf"),
        path.join(dir, "page"),
      ]);
      const png = await readFile(path.join(dir, "page-1.png"));
      expect(png.subarray(1, 4).toString()).toBe("PNG");
      expect((await stat(path.join(dir, "page-1.png"))).size).toBeGreaterThan(5_000);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe("the distribution, a setting of the draft", () => {
  it("is set by those who export, and refused to delegates", async () => {
    const delegate = await sessionUser(db, "kz@concord.test");
    await expect(setDistribution(db, delegate, draftId, "General")).rejects.toBeInstanceOf(ForbiddenError);
    await expect(setDistribution(db, secretariat, draftId, "Secret")).rejects.toThrow(/General, Limited, Restricted/);
    expect(await setDistribution(db, secretariat, draftId, "General")).toBe("General");
    expect(String((await ask({ format: "html", variant: "negotiation" })).body)).toContain("Distr.: General");
  });
});
