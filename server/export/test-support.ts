// What the export tests build their texts from: a paragraph as the text view gives it (kind
// from its number) and the heading of a draft.
import type { ParagraphView } from "../../lib/draft/paragraph-views";
import type { ExportInput } from "./export-document";

export const p = (
  id: string,
  number: string | null,
  text: string,
  more: Partial<ParagraphView> = {},
): ParagraphView => ({
  id,
  number,
  kind: number?.startsWith("PP") ? "preambular" : "operative",
  level: 0,
  status: "open",
  text,
  brackets: [],
  alternatives: [],
  lock: null,
  ...more,
});

export const heading: ExportInput["heading"] = {
  title: "Statement",
  symbol: "CICA/SWG/2022/3",
  date: "2022-10-13",
  revision: null,
  language: "en",
  against: null,
};
