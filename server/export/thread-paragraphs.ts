// Which paragraph a comment thread stands in: its anchor's start, a Yjs relative position,
// resolved against the live text to the paragraph (or heading) element around it, read by its
// stable id (`pid`). Null when the words were deleted with their paragraph — the thread is then
// about words no longer in the text.
import { fromBase64 } from "lib0/buffer";
import * as Y from "yjs";

const PARAGRAPHS = new Set(["paragraph", "heading"]);

export function threadParagraphId(doc: Y.Doc, anchorStart: string): string | null {
  let position: Y.AbsolutePosition | null;
  try {
    position = Y.createAbsolutePositionFromRelativePosition(Y.decodeRelativePosition(fromBase64(anchorStart)), doc);
  } catch {
    return null; // stored only once readable (validate-anchor.ts); never expected
  }
  // The anchor holds on to a character of a text node: climb to the paragraph around it.
  let type: Y.AbstractType<unknown> | null = position?.type ?? null;
  while (type) {
    if (type instanceof Y.XmlElement && PARAGRAPHS.has(type.nodeName)) {
      if (type._item?.deleted) return null;
      const pid = type.getAttribute("pid");
      return typeof pid === "string" && pid ? pid : null;
    }
    type = type._item?.parent instanceof Y.AbstractType ? type._item.parent : null;
  }
  return null;
}
