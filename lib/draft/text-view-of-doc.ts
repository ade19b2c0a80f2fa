// The text view of a shared document (a live room's, a loaded one's, or a revision's snapshot).
import type * as Y from "yjs";
import { readNumberingBase } from "../collab/numbering-base";
import { proseMirrorJSON } from "./prosemirror-json";
import { textView, type TextView } from "./paragraph-views";

export function textViewOfDoc(doc: Y.Doc): TextView {
  const json = proseMirrorJSON(doc);
  return textView(json, readNumberingBase(doc));
}
