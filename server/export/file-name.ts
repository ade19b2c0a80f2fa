// The name an export is saved under says what the file is, so that no working text or draft can
// pass for an issued document once it sits in a mailbox or a folder.
import type { ExportVariant } from "./export-document";

/** The "/Rev.2" a draft's symbol ends with once revisions are issued (revision-symbol.ts). */
export const REVISION_SUFFIX = /\/(Rev\.\d+)$/;

/**
 * What the file is, in its name: an issued revision under its symbol
 * ("CICA-SWG-2022-3-Rev.2-clean.docx"); the live text (or a checkpoint) as a working text that
 * follows the last revision, with its time ("CICA-SWG-2022-3-working-text-after-Rev.2-2026-11-30-1405UTC-
 * negotiation.pdf"), never under that revision's symbol; a draft clean text as "draft-clean".
 */
export function fileName(options: {
  symbol: string;
  variant: ExportVariant;
  extension: string;
  draft: boolean;
  working: { after: string | null; at: string } | null;
}): string {
  const safe = (text: string) => text.replace(/[^A-Za-z0-9.]+/g, "-");
  const what = options.draft ? "draft-clean" : options.variant;
  if (!options.working) return `${safe(options.symbol)}-${what}.${options.extension}`;
  const base = options.symbol.replace(REVISION_SUFFIX, "");
  const after = options.working.after ? `-after-${options.working.after}` : "";
  const time = options.working.at.slice(0, 16).replace("T", "-").replace(":", "");
  return `${safe(base)}-working-text${after}-${time}UTC-${what}.${options.extension}`;
}
