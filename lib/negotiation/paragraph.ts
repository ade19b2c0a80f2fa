// The negotiating text as data: an ordered list of paragraphs. A paragraph carries no number
// of its own — numbers are derived (numbering.ts) so that nobody can type "OP5" twice — and
// its `id` is what comments, statuses and the numbering base hang on, because those follow the
// paragraph itself, never its position.
import { z } from "zod";
import { paragraphStatusSchema } from "../draft/status";

export { paragraphStatusSchema, type ParagraphStatus } from "../draft/status";

export const paragraphKindSchema = z.enum(["preambular", "operative", "heading"]);
export type ParagraphKind = z.infer<typeof paragraphKindSchema>;

/**
 * 0: a numbered paragraph (PP3, OP5); 1: its sub-paragraphs (a), (b) …; 2: the (i), (ii) …
 * under those. Sub-paragraphs take their parent's kind; headings ignore their level.
 */
export const paragraphLevelSchema = z.union([z.literal(0), z.literal(1), z.literal(2)]);
export type ParagraphLevel = z.infer<typeof paragraphLevelSchema>;

export const paragraphSchema = z.object({
  id: z.string().min(1),
  kind: paragraphKindSchema,
  level: paragraphLevelSchema,
  status: paragraphStatusSchema,
  /**
   * Deleted during negotiation: it stays in the list, and keeps its number as "OP7 [deleted]",
   * until the next clean text (renumber) drops it. Deleting a paragraph deletes its
   * sub-paragraphs with it.
   */
  deleted: z.boolean(),
  /** Plain text, brackets typed inline as delegates type them: "[combat][counter] terrorism". */
  text: z.string(),
});
export type Paragraph = z.infer<typeof paragraphSchema>;

/** Preambular and operative paragraphs carry numbers; headings do not. */
export type NumberedKind = Exclude<ParagraphKind, "heading">;
