// A paragraph's (or a list's) content as plain data — element names, attributes, text with its
// formatting — read either as it stands or as it stood before a transaction, and put back
// exactly. Yjs's undo re-creates a deleted text item's characters one by one, client by
// client, and can put them back out of order when several delegations typed them; the room
// compares what the undo left with what was there before and, where they differ, writes the
// content back from this copy (judged-apply.ts).
/* eslint-disable @typescript-eslint/no-explicit-any -- Yjs types its shared types with any */
import * as Y from "yjs";

export type NodeContent =
  | { text: { insert: string; attributes?: Record<string, unknown> }[] }
  | { element: string; attributes: Record<string, unknown>; children: NodeContent[] };

/** Which items count: those standing now, or those that stood before a transaction. */
export type Visible = (item: Y.Item) => boolean;

export const standing: Visible = (item) => !item.deleted;

/** What stood before `tr`: items it neither created nor found deleted. Read before Yjs collects. */
export function before(tr: Y.Transaction): Visible {
  return (item) =>
    item.id.clock < (tr.beforeState.get(item.id.client) ?? 0) && (!item.deleted || Y.isDeleted(tr.deleteSet, item.id));
}

function attributesOf(type: Y.AbstractType<any>, visible: Visible): Record<string, unknown> {
  const attributes: Record<string, unknown> = {};
  for (const key of [...type._map.keys()].sort()) {
    for (let item = type._map.get(key) ?? null; item; item = item.left) {
      if (!visible(item)) continue;
      const content = item.content.getContent();
      const value = content[content.length - 1];
      if (value !== undefined && value !== null) attributes[key] = value;
      break;
    }
  }
  return attributes;
}

function textOf(text: Y.XmlText, visible: Visible): NodeContent {
  const ops: { insert: string; attributes?: Record<string, unknown> }[] = [];
  const current = new Map<string, unknown>();
  for (let item = text._start; item; item = item.right) {
    if (!visible(item)) continue;
    const content = item.content;
    if (content instanceof Y.ContentFormat) {
      if (content.value === null) current.delete(content.key);
      else current.set(content.key, content.value);
    } else if (content instanceof Y.ContentString) {
      const attributes = current.size > 0 ? Object.fromEntries([...current].sort()) : undefined;
      const last = ops[ops.length - 1];
      if (last && JSON.stringify(last.attributes) === JSON.stringify(attributes)) last.insert += content.str;
      else ops.push(attributes ? { insert: content.str, attributes } : { insert: content.str });
    }
  }
  return { text: ops };
}

export function contentOf(type: Y.AbstractType<any>, visible: Visible): NodeContent {
  if (type instanceof Y.XmlText) return textOf(type, visible);
  return {
    element: type instanceof Y.XmlElement ? type.nodeName : "#fragment",
    attributes: attributesOf(type, visible),
    children: childrenOf(type, visible),
  };
}

export function childrenOf(type: Y.AbstractType<any>, visible: Visible): NodeContent[] {
  const children: NodeContent[] = [];
  for (let item = type._start; item; item = item.right) {
    if (!visible(item) || !(item.content instanceof Y.ContentType)) continue;
    children.push(contentOf(item.content.type, visible));
  }
  return children;
}

function build(content: NodeContent): Y.XmlText | Y.XmlElement {
  if ("text" in content) {
    const text = new Y.XmlText();
    text.applyDelta(content.text);
    return text;
  }
  const element = new Y.XmlElement(content.element);
  for (const [key, value] of Object.entries(content.attributes)) element.setAttribute(key, value as string);
  element.insert(0, content.children.map(build));
  return element;
}

const same = (a: NodeContent, b: NodeContent) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Makes `type` hold `wanted` again (its attributes and children), touching only what differs:
 * children kept at both ends, the differing middle written afresh. True if anything changed.
 */
export function restoreContent(type: Y.AbstractType<any>, wanted: NodeContent): boolean {
  if ("text" in wanted) return false; // a paragraph's text lives in its children: restored through them
  const now = contentOf(type, standing);
  if (same(now, wanted)) return false;
  if (type instanceof Y.XmlElement && !("text" in now)) {
    const keys = new Set([...Object.keys(now.attributes), ...Object.keys(wanted.attributes)]);
    for (const key of keys) {
      const value = wanted.attributes[key];
      if (JSON.stringify(now.attributes[key]) === JSON.stringify(value)) continue;
      if (value === undefined) type.removeAttribute(key);
      else type.setAttribute(key, value as string);
    }
  }
  const current = "text" in now ? [] : now.children;
  let head = 0;
  while (head < current.length && head < wanted.children.length && same(current[head]!, wanted.children[head]!))
    head += 1;
  let tail = 0;
  while (
    tail < current.length - head &&
    tail < wanted.children.length - head &&
    same(current[current.length - 1 - tail]!, wanted.children[wanted.children.length - 1 - tail]!)
  )
    tail += 1;
  const list = type as Y.XmlElement;
  const removed = current.length - head - tail;
  if (removed > 0) list.delete(head, removed);
  const added = wanted.children.slice(head, wanted.children.length - tail);
  if (added.length > 0) list.insert(head, added.map(build));
  return true;
}
