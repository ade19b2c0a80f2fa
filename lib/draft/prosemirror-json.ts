// A draft's shared text (the Y.XmlFragment the editor binds to) read as ProseMirror JSON, and
// only read. y-tiptap's own converter validates each node against the schema and, where one
// does not fit (a list item left without a paragraph, say), deletes it from the Yjs document as
// it goes: run on the collaboration server's live text, that is a change nobody stores or sees,
// and the room no longer holds what PostgreSQL holds. Every reader of a Y.Doc (text views,
// numbering, status history, checkpoints, the dashboard) goes through this instead; a node the
// schema would not accept is read as it is and left where it is.
import type { JSONContent } from "@tiptap/core";
import * as Y from "yjs";
import { DRAFT_FIELD, draftSchema } from "../editor/extensions";

let defaults: Map<string, Record<string, unknown>> | null = null;

/** The attributes each node type has by default, as ProseMirror fills them in. */
function defaultAttributes(nodeName: string): Record<string, unknown> {
  if (!defaults) {
    defaults = new Map();
    for (const [name, type] of Object.entries(draftSchema().nodes)) {
      const values: Record<string, unknown> = {};
      for (const [key, attribute] of Object.entries(type.spec.attrs ?? {}))
        if (attribute && "default" in attribute) values[key] = attribute.default;
      defaults.set(name, values);
    }
  }
  return defaults.get(nodeName) ?? {};
}

function textNodes(text: Y.XmlText): JSONContent[] {
  const nodes: JSONContent[] = [];
  for (const op of text.toDelta() as { insert: unknown; attributes?: Record<string, unknown> }[]) {
    if (typeof op.insert !== "string" || op.insert === "") continue;
    const marks = Object.entries(op.attributes ?? {}).map(([type, attrs]) =>
      attrs && typeof attrs === "object" && Object.keys(attrs).length > 0 ? { type, attrs } : { type },
    );
    nodes.push(marks.length > 0 ? { type: "text", text: op.insert, marks } : { type: "text", text: op.insert });
  }
  return nodes;
}

function children(parent: Y.XmlFragment | Y.XmlElement): JSONContent[] {
  const content: JSONContent[] = [];
  for (const child of parent.toArray()) {
    if (child instanceof Y.XmlText) content.push(...textNodes(child));
    else if (child instanceof Y.XmlElement) {
      const attrs = { ...defaultAttributes(child.nodeName), ...child.getAttributes() };
      const node: JSONContent = { type: child.nodeName };
      if (Object.keys(attrs).length > 0) node.attrs = attrs;
      const inner = children(child);
      if (inner.length > 0) node.content = inner;
      content.push(node);
    }
  }
  return content;
}

/** The draft of `doc` as ProseMirror JSON (`{ type: "doc", content }`), without touching `doc`. */
export function proseMirrorJSON(doc: Y.Doc, field = DRAFT_FIELD): JSONContent {
  return { type: "doc", content: children(doc.getXmlFragment(field)) };
}
