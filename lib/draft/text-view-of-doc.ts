// The text view of a shared document (a live room's, a loaded one's, or a revision's snapshot),
// read straight from its Y.Doc (read-paragraphs.ts), with no ProseMirror JSON in between.
import type * as Y from "yjs";
import { readNumberingBase } from "../collab/numbering-base";
import { paragraphsOfFragment } from "./read-paragraphs";
import { DRAFT_FIELD } from "../editor/extensions";
import { textViewOf, type TextView } from "./paragraph-views";

export function textViewOfDoc(doc: Y.Doc): TextView {
  const base = readNumberingBase(doc);
  return textViewOf(paragraphsOfFragment(doc.getXmlFragment(DRAFT_FIELD), base), base);
}
