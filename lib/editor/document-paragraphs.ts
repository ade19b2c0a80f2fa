// The paragraphs of a draft's editor document as ProseMirror JSON. The reader is the draft
// model's (lib/draft/read-paragraphs.ts); this name stays for its callers (the numbering base's
// freeze, restoring a revision, the bench).
import type { JSONContent } from "@tiptap/core";
import { jsonTree } from "../draft/draft-tree";
import { readParagraphs, type Paragraph } from "../draft/read-paragraphs";

/** The paragraphs in document order (lib/draft/read-paragraphs.ts `walkParagraphs` says how). */
export function documentParagraphs(doc: JSONContent): Paragraph[] {
  return readParagraphs(jsonTree, doc);
}
