// A draft's text lives in three representations: the Y.XmlFragment of the shared document, the
// ProseMirror `Node` of an editor, and ProseMirror JSON (stored snapshots, tests, the demo
// drafts). Each is a tree of typed nodes with attributes and words; a `DraftTree` says how to read
// one, so that the paragraphs are walked by one traversal (read-paragraphs.ts), whatever the text
// was read from.
import type { JSONContent } from "@tiptap/core";
import type { Node as ProseMirrorNode } from "@tiptap/pm/model";
import * as Y from "yjs";

export interface DraftTree<N> {
  /** The node type: "doc", "paragraph", "heading", "orderedList", "listItem" … */
  type(node: N): string;
  attr(node: N, name: string): unknown;
  /** The words of a paragraph or heading as the model reads them: a line break is one "\n". */
  text(node: N): string;
  /**
   * Each child node with its position: ProseMirror positions for a `Node` (the root at -1, so that
   * its first child is at 0), the index among the children elsewhere.
   */
  children(node: N, at: number): Iterable<readonly [N, number]>;
}

function jsonText(node: JSONContent): string {
  if (node.type === "text") return node.text ?? "";
  if (node.type === "hardBreak") return "\n";
  return (node.content ?? []).map(jsonText).join("");
}

export const jsonTree: DraftTree<JSONContent> = {
  type: (node) => node.type ?? "",
  attr: (node, name) => node.attrs?.[name],
  text: jsonText,
  *children(node) {
    let index = 0;
    for (const child of node.content ?? []) yield [child, index++] as const;
  },
};

export const proseMirrorTree: DraftTree<ProseMirrorNode> = {
  type: (node) => node.type.name,
  attr: (node, name) => node.attrs[name],
  text: (node) => node.textBetween(0, node.content.size, "", "\n"),
  children(node, at) {
    const found: (readonly [ProseMirrorNode, number])[] = [];
    node.forEach((child, offset) => found.push([child, at + 1 + offset]));
    return found;
  },
};

type XmlNode = Y.XmlFragment | Y.XmlElement;

function xmlText(node: XmlNode): string {
  let text = "";
  for (const child of node.toArray()) {
    if (child instanceof Y.XmlText) {
      for (const op of child.toDelta() as { insert: unknown }[]) if (typeof op.insert === "string") text += op.insert;
    } else if (child instanceof Y.XmlElement) text += child.nodeName === "hardBreak" ? "\n" : xmlText(child);
  }
  return text;
}

/** Read only: unlike y-tiptap's converter, nothing the schema would not accept is removed. */
export const yXmlTree: DraftTree<XmlNode> = {
  type: (node) => (node instanceof Y.XmlElement ? node.nodeName : "doc"),
  attr: (node, name) => (node instanceof Y.XmlElement ? node.getAttribute(name) : undefined),
  text: xmlText,
  *children(node) {
    let index = 0;
    for (const child of node.toArray()) if (child instanceof Y.XmlElement) yield [child, index++] as const;
  },
};
