// Issuing a clean text: the one moment numbers change. Deleted paragraphs go, everything left
// is numbered afresh 1, 2, 3 …, and the revision carries an old → new table so that delegations
// can carry their notes across ("OP5 bis is now OP6").
import { baseFromNumbers, type NumberingBase } from "./base";
import { numberParagraphs, type ParagraphNumber } from "./numbering";
import type { Paragraph } from "./paragraph";

export interface RenumberEntry {
  id: string;
  /** Full reference before: "OP5 bis", "OP5 bis (c)". */
  old: string;
  /** Full reference in the clean text; null when the paragraph was deleted and is dropped. */
  new: string | null;
}

export interface Renumbering {
  /** The clean text: the same paragraphs in the same order, less the deleted ones. */
  paragraphs: Paragraph[];
  /** Their fresh sequential numbers. */
  numbers: ParagraphNumber[];
  /** The base the next round of negotiation numbers against. */
  base: NumberingBase;
  /** One entry per numbered paragraph of the old text (headings have no number to carry). */
  table: RenumberEntry[];
}

export function renumber(paragraphs: readonly Paragraph[], base: NumberingBase = {}): Renumbering {
  const before = numberParagraphs(paragraphs, base);
  // Sub-paragraphs of a deleted paragraph go with it (structure.ts), hence the derived flag.
  const clean = paragraphs.filter((_, index) => !before[index]!.deleted);
  // An empty base numbers every series sequentially: exactly a clean text's numbers.
  const numbers = numberParagraphs(clean, {});
  const fresh = new Map(numbers.map((number) => [number.id, number.ref]));
  const table = before.flatMap((number) =>
    number.ref === null ? [] : [{ id: number.id, old: number.ref, new: fresh.get(number.id) ?? null }],
  );
  return { paragraphs: clean, numbers, base: baseFromNumbers(numbers), table };
}
