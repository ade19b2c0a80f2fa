// The opening of each preambular paragraph in italics, in the exports of a demo draft as readers
// open them: the Word XML, the fonts of the PDF (pdffonts), the HTML, and the Akoma Ntoso
// checked against the OASIS schema with xmllint where it is installed.
import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import JSZip from "jszip";
import { beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "../../lib/auth/session-user";
import type { Database } from "../db/client";
import { sessionUser } from "../test-support/session-user";
import { createTestDatabase } from "../test-support/test-database";
import type { ExportRequest } from "./export-draft";
import { exportAs } from "./test-support";
import { aknSchemaErrors } from "../test-support/akn-schema";

const run = promisify(execFile);

let db: Database;
let draftId: string;
let secretariat: SessionUser;

const ask = (request: Partial<ExportRequest>) => exportAs(db, secretariat, draftId, request);

/** Runs a tool on `file` written to a temporary directory; null when the tool is not installed. */
async function withFile(file: Buffer | string, name: string, tool: string, args: (at: string) => string[]) {
  const dir = await mkdtemp(path.join(os.tmpdir(), "concord-italic-"));
  try {
    const at = path.join(dir, name);
    await writeFile(at, file);
    return await run(tool, args(at), { timeout: 60_000 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

beforeAll(async () => {
  ({ db } = await createTestDatabase());
  // The ICT statement: "Recognizing", "Expressing concern", "Taking into account" …
  draftId = (await db.document.findFirstOrThrow({ where: { symbol: "CICA/SWG/2022/3" } })).id;
  secretariat = await sessionUser(db, "secretariat@concord.test");
});

describe("the opening of preambular paragraphs in exports of a demo draft", () => {
  it("is italic in Word, never in an operative paragraph", async () => {
    const file = await ask({ variant: "negotiation", format: "docx" });
    const zip = await JSZip.loadAsync(file.body as Buffer);
    const xml = await zip.file("word/document.xml")!.async("string");
    const italic = [...xml.matchAll(/<w:r><w:rPr><w:i\/>(?:<w:iCs\/>)?<\/w:rPr><w:t[^>]*>([^<]*)<\/w:t>/g)].map(
      (match) => match[1],
    );
    expect(italic).toEqual(
      expect.arrayContaining(["Recognizing", "Expressing concern", "Reaffirming", "Taking into account"]),
    );
    expect(italic).not.toContain("Decide");
  });

  it("is <i> in HTML", async () => {
    const html = String((await ask({ variant: "negotiation", format: "html" })).body);
    expect(html).toMatch(
      /<p class="preambular[^"]*"[^>]*><span class="number">PP2<\/span> <i>Expressing concern<\/i> that/,
    );
  });

  it("is set in the italic font of the PDF: the clean text uses it for nothing else", async () => {
    const file = await ask({ variant: "clean", format: "pdf", draft: "true" });
    const fonts = await withFile(file.body as Buffer, "export.pdf", "pdffonts", (at) => [at]);
    expect(fonts?.stdout).toMatch(/Tinos-Italic/);
  });

  it("is <i> in Akoma Ntoso, which stays valid against the schema", async () => {
    const xml = String((await ask({ variant: "negotiation", format: "akn" })).body);
    expect(xml).toMatch(/<recital [^>]*><num>PP1<\/num><p><i>Recognizing<\/i> that/);
    expect(await aknSchemaErrors([{ name: "italic", xml }])).toEqual([]);
  });
});
