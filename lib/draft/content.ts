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

const itemSchema = z.object({
  text: z.string().min(1),
  brackets: z.array(bracketSchema).default([]),
});

export const paragraphSchema = z.object({
  kind: z.enum(["preambular", "operative", "heading"]),
  text: z.string().min(1),
  status: paragraphStatusSchema.optional(),
  brackets: z.array(bracketSchema).default([]),
  alternatives: z.array(alternativeSchema).default([]),
  deletion: z.object({ proposedBy: states, retainedBy: z.array(stateCode).default([]) }).optional(),
  adRef: z.object({ states, deadline: z.iso.date() }).optional(),
  items: z.array(itemSchema).default([]),
});
export type DraftParagraph = z.infer<typeof paragraphSchema>;

export const draftContentSchema = z.object({
  title: z.string().min(1),
  symbol: z.string().regex(/^CICA\/[A-Z]+\/\d{4}\/\d+$/, "must look like CICA/SWG/2022/3"),
  kind: z.enum(["CHARTER", "PLAN_OF_ACTION", "REGULATIONS", "STATEMENT", "CONCEPT_PAPER"]),
  stage: z.enum(["DRAFTING", "SWG", "SOC", "ADOPTED"]),
  language: z.string().min(2).default("en"),
  tabledBy: z.array(stateCode).default([]),
  meeting: z.string().optional(),
  paragraphs: z.array(paragraphSchema).min(1),
});
export type DraftContent = z.infer<typeof draftContentSchema>;
