// Reads the demo forum's drafts from prisma/demo/drafts/*.json, validated against the one
// draft-content schema, so that a typo in the data fails loudly instead of seeding half a text.
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { draftContentSchema, type DraftContent } from "../../lib/draft/content";

export const DEMO_DRAFTS_DIR = path.resolve(process.cwd(), "prisma/demo/drafts");

export async function readDemoDrafts(dir: string = DEMO_DRAFTS_DIR): Promise<DraftContent[]> {
  const files = (await readdir(dir)).filter((file) => file.endsWith(".json")).sort();
  return Promise.all(
    files.map(async (file) => {
      const parsed = draftContentSchema.safeParse(JSON.parse(await readFile(path.join(dir, file), "utf8")));
      if (!parsed.success) {
        const problems = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
        throw new Error(`Demo draft ${file} is invalid:\n  ${problems.join("\n  ")}`);
      }
      return parsed.data;
    }),
  );
}
