// The forum's settings: its name, the pattern of its document symbols, its working languages.
// One row (Forum, id "forum"); until the secretariat first saves them, the defaults below stand —
// the CICA Special Working Group the demo forum is.
import type { Database } from "../db/client";

export interface ForumSettings {
  name: string;
  symbolPattern: string;
  workingLanguages: string[];
}

export const DEFAULT_FORUM: ForumSettings = {
  name: "CICA Special Working Group",
  symbolPattern: "CICA/SWG/{year}/{n}",
  workingLanguages: ["en", "ru"],
};

export async function forumSettings(db: Pick<Database, "forum">): Promise<ForumSettings> {
  const row = await db.forum.findUnique({ where: { id: "forum" } });
  if (!row) return { ...DEFAULT_FORUM, workingLanguages: [...DEFAULT_FORUM.workingLanguages] };
  return { name: row.name, symbolPattern: row.symbolPattern, workingLanguages: row.workingLanguages };
}
