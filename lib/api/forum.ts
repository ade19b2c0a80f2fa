// The forum's settings API: what the secretariat may send, what everyone who may read it gets.
//
//   GET   /api/forum   → ForumSettingsView (secretariat, chair)
//   PATCH /api/forum   ForumSettingsBody → ForumSettingsView (secretariat)
import { z } from "zod";
import { patternProblem } from "../forum/symbol-pattern";

export interface ForumSettingsView {
  name: string;
  symbolPattern: string;
  workingLanguages: string[];
  /** The symbol the next new draft gets unless another is written. */
  nextSymbol: string;
}

const printable = (what: string, max: number) =>
  z
    .string({ message: `${what} must be text.` })
    .trim()
    .min(1, `${what} cannot be empty.`)
    .max(max, `${what} is at most ${max} characters.`)
    .refine((value) => !/[\u0000-\u001f\u007f]/.test(value), `${what} cannot hold control characters.`);

export const forumSettingsBody = z
  .object({
    name: printable("The forum's name", 120).optional(),
    symbolPattern: z
      .string({ message: "The symbol pattern must be text." })
      .superRefine((pattern, context) => {
        const problem = patternProblem(pattern);
        if (problem) context.addIssue({ code: "custom", message: problem });
      })
      .optional(),
    workingLanguages: z
      .array(z.string().regex(/^[a-z]{2}$/, "A working language is a two-letter ISO 639-1 code, such as en or ru."), {
        message: "The working languages must be a list of language codes.",
      })
      .min(1, "A forum works in at least one language.")
      .max(10, "At most ten working languages.")
      .refine((codes) => new Set(codes).size === codes.length, "Each working language once.")
      .optional(),
  })
  .strict();

export type ForumSettingsBody = z.infer<typeof forumSettingsBody>;
