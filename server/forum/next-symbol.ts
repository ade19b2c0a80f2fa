// The symbol a new draft gets unless the secretariat writes another: the forum's pattern with
// this year and the next number of the year ({n}: one more than the highest in use, revisions'
// "/Rev.N" aside).
import { numberOf, symbolFor } from "../../lib/forum/symbol-pattern";
import type { Database } from "../db/client";
import { forumSettings } from "./forum-settings";

export async function nextSymbol(db: Database, year = new Date().getUTCFullYear()): Promise<string> {
  const { symbolPattern } = await forumSettings(db);
  const symbols = await db.document.findMany({ select: { symbol: true } });
  let highest = 0;
  for (const { symbol } of symbols) highest = Math.max(highest, numberOf(symbolPattern, year, symbol) ?? 0);
  return symbolFor(symbolPattern, year, highest + 1);
}
