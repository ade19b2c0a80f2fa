// Tools that are not ours, for tests that open our exports the way a reader would: LibreOffice
// (converts a DOCX as Word users will see it) and pdftotext (reads a PDF's text layer).
import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

/** What LibreOffice shows of a document, as plain text (list numbers included). */
export async function libreOfficeText(file: Buffer, extension: string): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "concord-lo-"));
  try {
    const input = path.join(dir, `input.${extension}`);
    await writeFile(input, file);
    await run(
      "soffice",
      [
        `-env:UserInstallation=file://${dir}/profile`,
        "--headless",
        "--convert-to",
        "txt:Text (encoded):UTF8",
        "--outdir",
        dir,
        input,
      ],
      { timeout: 120_000 },
    );
    return await readFile(path.join(dir, "input.txt"), "utf8");
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The text layer of a PDF, in reading order. */
export async function pdfText(file: Buffer): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "concord-pdf-"));
  try {
    const input = path.join(dir, "input.pdf");
    await writeFile(input, file);
    const { stdout } = await run("pdftotext", ["-layout", "-enc", "UTF-8", input, "-"], { timeout: 60_000 });
    return stdout;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
