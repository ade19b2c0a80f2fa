// The shape of a draft's text as data: what the demo forum ships (prisma/demo/drafts/*.json)
// and what a Word import will produce. Brackets stay inline in `text`, as delegates type them;
// `brackets` and `alternatives` say which states hold each bracketed span.
import { z } from "zod";
import { isMemberStateCode } from "../forum/member-states";
import { paragraphStatusSchema } from "./status";

export { paragraphStatusSchema, type ParagraphStatus } from "./status";

const stateCode = z.string().refine(isMemberStateCode, { message: "is not a Member State code" });
const states = z.array(stateCode).min(1);

export const bracketSchema = z.object({ text: z.string().min(1), states });
export const alternativeSchema = z.object({
  label: z.string().regex(/^Alt \d+$/),
  text: z.string().min(1),
  states,
});

/**
 * Emphasis the author gave some words (bold, italic, underline), as ranges of `text` (UTF-16
 * offsets, [from, to)). Optional: the demo drafts have none. The italics of a preambular
 * opening are not stored: they are a rule of presentation (lib/negotiation/preamble-opening.ts).
 */
export const markSchema = z
  .object({
    type: z.enum(["bold", "italic", "underline"]),
    from: z.number().int().min(0),
    to: z.number().int().min(1),
  })
  .refine((mark) => mark.to > mark.from, { message: "a mark must cover at least one character" });
export type DraftMark = z.infer<typeof markSchema>;

/** A sub-sub-paragraph: (i), (ii) under an (a). */
const subItemSchema = z.object({
  text: z.string().min(1),
  brackets: z.array(bracketSchema).default([]),
  alternatives: z.array(alternativeSchema).optional(),
  marks: z.array(markSchema).optional(),
});

/** A sub-paragraph: (a), (b) under a paragraph, with its own (i), (ii) if any. */
const itemSchema = subItemSchema.extend({ items: z.array(subItemSchema).optional() });
export type DraftItem = z.infer<typeof itemSchema>;

/**
 * A draft's symbol: whatever the forum's pattern makes ("CICA/SWG/2022/3", "A/RES/78/1") or the
 * secretariat writes: 1–60 printable characters, no space at either end.
 */
export const symbolSchema = z
  .string()
  .min(1, "A symbol cannot be empty.")
  .max(60, "A symbol is at most 60 characters.")
  .regex(/^[^\p{C}]+$/u, "A symbol is printable characters only.")
  .refine((symbol) => symbol.trim() === symbol, { message: "A symbol cannot start or end with a space." });

export const paragraphSchema = z.object({
  kind: z.enum(["preambular", "operative", "heading"]),
  text: z.string().min(1),
  status: paragraphStatusSchema.optional(),
  brackets: z.array(bracketSchema).default([]),
  alternatives: z.array(alternativeSchema).default([]),
  deletion: z.object({ proposedBy: states, retainedBy: z.array(stateCode).default([]) }).optional(),
  adRef: z.object({ states, deadline: z.iso.date() }).optional(),
  items: z.array(itemSchema).default([]),
  marks: z.array(markSchema).optional(),
});
export type DraftParagraph = z.infer<typeof paragraphSchema>;

export const draftContentSchema = z.object({
  title: z.string().min(1),
  symbol: symbolSchema,
  kind: z.enum(["CHARTER", "PLAN_OF_ACTION", "REGULATIONS", "STATEMENT", "CONCEPT_PAPER"]),
  stage: z.enum(["DRAFTING", "SWG", "SOC", "ADOPTED"]),
  language: z.string().min(2).default("en"),
  tabledBy: z.array(stateCode).default([]),
  meeting: z.string().optional(),
  /** Empty for a draft created empty: it starts with one empty paragraph (draftToProseMirror). */
  paragraphs: z.array(paragraphSchema),
});
export type DraftContent = z.infer<typeof draftContentSchema>;
