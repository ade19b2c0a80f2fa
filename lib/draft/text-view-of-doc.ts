// The text view of a shared document (a live room's, a loaded one's, or a revision's snapshot).
import { yXmlFragmentToProseMirrorRootNode } from "@tiptap/y-tiptap";
import type * as Y from "yjs";
import { readNumberingBase } from "../collab/numbering-base";
import { DRAFT_FIELD, draftSchema } from "../editor/extensions";
import { textView, type TextView } from "./paragraph-views";

export function textViewOfDoc(doc: Y.Doc): TextView {
  const json = yXmlFragmentToProseMirrorRootNode(doc.getXmlFragment(DRAFT_FIELD), draftSchema()).toJSON();
  return textView(json, readNumberingBase(doc));
}
