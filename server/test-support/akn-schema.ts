// Validates Akoma Ntoso files against the OASIS schema vendored in server/export/akn-schema/,
// with xmllint (Debian: libxml2-utils) — a validator that is not ours, reading the standard's
// own schema, so "valid Akoma Ntoso" means what the standard says.
import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";

export const AKN_SCHEMA = path.resolve(__dirname, "../export/akn-schema/akomantoso30.xsd");

/** xmllint's complaints about each file that is not valid (an empty list: all valid). */
export async function aknSchemaErrors(files: readonly { name: string; xml: string }[]): Promise<string[]> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "concord-akn-"));
  try {
    const paths = await Promise.all(
      files.map(async ({ name, xml }, index) => {
        const file = path.join(dir, `${index}-${name.replace(/[^A-Za-z0-9.-]+/g, "-")}.akn.xml`);
        await writeFile(file, xml);
        return file;
      }),
    );
    // One xmllint for every file: the 240 KB schema is compiled once.
    const { code, stderr } = await new Promise<{ code: number | null; stderr: string }>((resolve, reject) => {
      const child = execFile(
        "xmllint",
        ["--noout", "--schema", AKN_SCHEMA, ...paths],
        { timeout: 120_000, maxBuffer: 16 * 1024 * 1024 },
        (error, _stdout, stderr) => {
          if (error && typeof error.code !== "number")
            reject(error); // xmllint missing, killed
          else resolve({ code: child.exitCode, stderr });
        },
      );
    });
    const problems = stderr.split("\n").filter((line) => line.trim() && !line.endsWith(" validates"));
    if (code !== 0 && problems.length === 0) problems.push(`xmllint exited with ${code}`);
    return problems;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
