// What the chair's dashboard reads of a draft: its paragraphs as the draft model reads them
// (lib/draft/read-paragraphs.ts), which carry the holds on their brackets and their ad ref
// details, ready for lib/negotiation/dashboard.ts. Kept for its callers; new code reads the
// paragraphs directly.
import type { JSONContent } from "@tiptap/core";
import type { SummaryParagraph } from "../negotiation/dashboard";
import { documentParagraphs } from "./document-paragraphs";

export { adRefOf } from "../draft/ad-ref";

export function summaryParagraphs(doc: JSONContent): SummaryParagraph[] {
  return documentParagraphs(doc);
}
