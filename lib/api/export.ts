// The export API: what each request must hold (parsed at the route's edge) and what it answers.
//
//   GET /api/documents/{id}/export                  ExportRequest (query) → the file; 409 brackets-remain
//   GET /api/documents/{id}/export/distribution     → { distribution }
//   PUT /api/documents/{id}/export/distribution     DistributionBody → { distribution }
//   GET /api/documents/{id}/record-of-negotiation   ?format=docx|html → the file
import { z } from "zod";

export const EXPORT_FORMATS = ["docx", "pdf", "html", "akn"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
export const EXPORT_VARIANTS = ["clean", "negotiation", "redline"] as const;
export type ExportVariantName = (typeof EXPORT_VARIANTS)[number];

/** A query value among `values`, `fallback` when absent. */
function oneOf<const T extends readonly string[]>(values: T, fallback: T[number], message: string) {
  return z
    .string()
    .nullish()
    .transform((raw, context): T[number] => {
      const value = raw ?? fallback;
      if (values.includes(value)) return value;
      context.addIssue({ code: "custom", message });
      return z.NEVER;
    });
}

const optionalText = z
  .string()
  .nullish()
  .transform((value) => value ?? null);

export const exportQuery = z
  .object({
    format: oneOf(EXPORT_FORMATS, "docx", "format is one of docx, pdf, html, akn."),
    variant: oneOf(EXPORT_VARIANTS, "clean", "variant is one of clean, negotiation, redline."),
    /** The text to export: a revision reference; the live text when absent. */
    at: optionalText,
    /** A redline's base: the revision it counts changes from. */
    against: optionalText,
    /** A draft clean text: exported while brackets remain, and marked as a draft. */
    draft: z
      .string()
      .nullish()
      .transform((value, context) => {
        if (value === null || value === undefined || value === "false") return false;
        if (value === "true") return true;
        context.addIssue({ code: "custom", message: "draft is true or false." });
        return z.NEVER;
      }),
  })
  .superRefine((query, context) => {
    if (query.variant === "redline" && !query.against)
      context.addIssue({
        code: "custom",
        message: "A redline needs the revision it counts changes from: against=Rev.1.",
      });
    if (query.variant !== "redline" && query.against)
      context.addIssue({ code: "custom", message: "against= only goes with variant=redline." });
  });
/** The query as sent: every value a string, or absent. */
export type ExportRequest = z.input<typeof exportQuery>;
/** What the export operation receives. */
export type ExportOptions = z.output<typeof exportQuery>;

export const DISTRIBUTIONS = ["General", "Limited", "Restricted"] as const;
export type Distribution = (typeof DISTRIBUTIONS)[number];

const DISTRIBUTION_INPUT = "distribution is one of General, Limited, Restricted.";
export const distributionBody = z.object(
  { distribution: z.enum(DISTRIBUTIONS, DISTRIBUTION_INPUT) },
  DISTRIBUTION_INPUT,
);
export type DistributionBody = z.output<typeof distributionBody>;

export const recordQuery = z.object({
  format: z.enum(["docx", "html"], "format is docx or html.").default("docx"),
});
