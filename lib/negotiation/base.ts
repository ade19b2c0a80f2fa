// The numbering base: the numbers fixed when a revision was last issued or renumbered, keyed
// by paragraph id. It is what keeps "OP5" meaning the same paragraph all through a meeting,
// whatever is inserted, deleted or moved around it. It is plain JSON so a revision can store it.
import { z } from "zod";
import { paragraphKindSchema } from "./paragraph";

const count = z.number().int().min(0);

/**
 * `n` is the number (5 in "OP5 bis", 3 in "(c)"); `suffix` the Latin suffix (0 or absent: none,
 * 1: bis, 2: ter …), so an issued revision that still says "OP5 bis" can be frozen as it is.
 * A numbered paragraph is keyed by its kind; a sub-paragraph by its parent's id, because
 * "(c)" only means something under one parent.
 */
export const baseNumberSchema = z.union([
  z.object({ kind: paragraphKindSchema.exclude(["heading"]), n: count, suffix: count.optional() }),
  z.object({ parent: z.string().min(1), n: count, suffix: count.optional() }),
]);
export type BaseNumber = z.infer<typeof baseNumberSchema>;

export const numberingBaseSchema = z.record(z.string(), baseNumberSchema);
export type NumberingBase = Readonly<Record<string, BaseNumber>>;

/**
 * Freezes the numbers as they stand into a base — what issuing a revision *without*
 * renumbering does: "OP5 bis" stays "OP5 bis" in the next round, and a further insertion after
 * it becomes "OP5 ter". Paragraphs without a number (headings, orphaned sub-paragraphs) are left out.
 */
export function baseFromNumbers(numbers: readonly { id: string; number: BaseNumber | null }[]): NumberingBase {
  const base: Record<string, BaseNumber> = {};
  for (const { id, number } of numbers) if (number) base[id] = number;
  return base;
}
