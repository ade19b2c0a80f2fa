// Reads the negotiating text out of a draft's editor document: the ordered paragraphs of the
// document model (lib/negotiation), with their ids, kinds, levels and statuses. The browser
// (numbers, dashboard), the server (API, exports, revisions) all read a draft through this, so
// that they agree on what the paragraphs are.
import type { JSONContent } from "@tiptap/core";
import type { NumberedKind, Paragraph, ParagraphLevel, ParagraphStatus } from "../negotiation";
import { paragraphStatusSchema } from "../negotiation";

function plainText(node: JSONContent): string {
  if (node.type === "text") return node.text ?? "";
  if (node.type === "hardBreak") return "\n";
  return (node.content ?? []).map(plainText).join("");
}

const statusOf = (node: JSONContent): ParagraphStatus => {
  const parsed = paragraphStatusSchema.safeParse(node.attrs?.status);
  return parsed.success ? parsed.data : "open";
};

/**
 * The paragraphs in document order. A top-level paragraph without a kind (typed where no kind
 * was set) continues the series before it, preambular at the top; sub-paragraphs (list items)
 * take the kind of the paragraph they follow, one level per list. A paragraph still without an
 * id (only between its creation and the editor naming it) gets a positional stand-in, never
 * stored.
 */
export function documentParagraphs(doc: JSONContent): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let series: NumberedKind = "preambular";

  const add = (node: JSONContent, kind: Paragraph["kind"], level: ParagraphLevel) => {
    const id = typeof node.attrs?.pid === "string" && node.attrs.pid ? node.attrs.pid : `unnamed-${paragraphs.length}`;
    paragraphs.push({
      id,
      kind,
      level,
      status: kind === "heading" ? "open" : statusOf(node),
      deleted: node.attrs?.deleted === true,
      text: plainText(node),
    });
  };

  const visitList = (list: JSONContent, level: ParagraphLevel) => {
    for (const item of list.content ?? []) {
      for (const child of item.content ?? []) {
        if (child.type === "paragraph") add(child, series, level);
        else if (child.type === "orderedList" || child.type === "bulletList")
          visitList(child, Math.min(level + 1, 2) as ParagraphLevel);
      }
    }
  };

  for (const node of doc.content ?? []) {
    if (node.type === "heading") add(node, "heading", 0);
    else if (node.type === "paragraph") {
      const kind = node.attrs?.kind;
      if (kind === "preambular" || kind === "operative") series = kind;
      add(node, series, 0);
    } else if (node.type === "orderedList" || node.type === "bulletList") visitList(node, 1);
  }
  return paragraphs;
}
