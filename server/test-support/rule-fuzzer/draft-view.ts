// The fuzzer's reading of a draft's Y.Doc: every paragraph and sub-paragraph with its id, kind,
// status, holds and words, the brackets other states hold in it, and the Yjs ids of its
// characters (what crafted updates anchor on). Written apart from the server's guards, so that
// the fuzzer judges the server by the rules, not by the server's own reading of them.
/* eslint-disable @typescript-eslint/no-explicit-any -- Yjs types its shared types with any */
import * as Y from "yjs";
import { NUMBERING_ROOT } from "../../../lib/collab/numbering-base";
import { DRAFT_FIELD, LOCKED_STATUSES } from "../../../lib/editor/extensions";
import { bracketMeaning } from "../../../lib/negotiation";
import { parseHolds } from "../../../lib/negotiation/holds";
import type { CraftId } from "./crafted-update";

export interface ParagraphView {
  element: Y.XmlElement;
  /** The element's own Yjs item id: the paragraph's identity even when its pid is changed. */
  itemId: string;
  pid: string | null;
  /** In a list (a sub-paragraph), not a numbered paragraph of the text. */
  sub: boolean;
  kind: unknown;
  status: string;
  statusKeys: string;
  holds: unknown;
  text: string;
  locked: boolean;
}

export interface HeldBracket {
  /** Offsets of "[" and "]" in the paragraph's text. */
  open: number;
  close: number;
  content: string;
  states: string[];
}

export const idKey = (id: Y.ID | CraftId) => `${id.client}:${id.clock}`;

export function fragmentOf(doc: Y.Doc): Y.XmlFragment {
  return doc.getXmlFragment(DRAFT_FIELD);
}

export function elementText(element: Y.XmlElement): string {
  let text = "";
  for (const child of element.toArray()) {
    if (child instanceof Y.XmlText) text += child.toString();
    else if (child instanceof Y.XmlElement && child.nodeName === "hardBreak") text += "\n";
  }
  return text;
}

/** Every paragraph and heading, top-level and in lists, in document order. */
export function paragraphViews(doc: Y.Doc): ParagraphView[] {
  const views: ParagraphView[] = [];
  const visit = (node: Y.XmlElement | Y.XmlText | Y.XmlHook, sub: boolean) => {
    if (!(node instanceof Y.XmlElement)) return;
    if (node.nodeName === "paragraph" || node.nodeName === "heading") {
      const status = String(node.getAttribute("status") ?? "open");
      views.push({
        element: node,
        itemId: node._item ? idKey(node._item.id) : "root",
        pid: typeof node.getAttribute("pid") === "string" ? String(node.getAttribute("pid")) : null,
        sub,
        kind: node.getAttribute("kind") ?? null,
        status,
        statusKeys: JSON.stringify([
          node.getAttribute("status") ?? null,
          node.getAttribute("adRefStates") ?? null,
          node.getAttribute("adRefDeadline") ?? null,
        ]),
        holds: node.getAttribute("holds") ?? null,
        text: elementText(node),
        locked: LOCKED_STATUSES.has(status),
      });
      return;
    }
    for (const child of node.toArray()) visit(child as Y.XmlElement, true);
  };
  for (const node of fragmentOf(doc).toArray()) visit(node as Y.XmlElement, false);
  return views;
}

/** Balanced bracket pairs of a text (nested ones too); unbalanced brackets are left out. */
export function bracketPairsOf(text: string): { open: number; close: number }[] {
  const pairs: { open: number; close: number }[] = [];
  const openers: number[] = [];
  for (let index = 0; index < text.length; index += 1) {
    if (text[index] === "[") openers.push(index);
    else if (text[index] === "]" && openers.length > 0) pairs.push({ open: openers.pop()!, close: index });
  }
  return pairs.sort((a, b) => a.open - b.open);
}

/** The typed brackets of a paragraph that someone holds, with the states holding each (by words or label). */
export function heldBrackets(text: string, holdsValue: unknown): HeldBracket[] {
  const holds = parseHolds(holdsValue);
  const result: HeldBracket[] = [];
  for (const { open, close } of bracketPairsOf(text)) {
    const content = text.slice(open + 1, close);
    const meaning = bracketMeaning(content);
    const states =
      meaning.kind === "alternative"
        ? (holds.alternatives.find((alt) => alt.label.toLowerCase() === meaning.label.toLowerCase())?.states ?? [])
        : (holds.brackets.find((bracket) => bracket.text.trim() === content.trim())?.states ?? []);
    if (states.length > 0) result.push({ open, close, content, states: [...states] });
  }
  return result;
}

/** The paragraph's first text child (where its words live). */
export function firstText(element: Y.XmlElement): Y.XmlText | null {
  return (element.toArray().find((child) => child instanceof Y.XmlText) as Y.XmlText | undefined) ?? null;
}

/**
 * The Yjs id of the visible character at `offset` of a paragraph's first text child, or null.
 * Offsets of the first text child are the paragraph's text offsets when it has one text child.
 */
export function charId(element: Y.XmlElement, offset: number): CraftId | null {
  const text = firstText(element);
  if (!text) return null;
  let seen = 0;
  for (let item = text._start; item; item = item.right) {
    if (item.deleted || !(item.content instanceof Y.ContentString)) continue;
    if (offset < seen + item.length) return { client: item.id.client, clock: item.id.clock + offset - seen };
    seen += item.length;
  }
  return null;
}

/** Client ids of the visible characters of a text child. */
export function textClients(element: Y.XmlElement): number[] {
  const text = firstText(element);
  const clients: number[] = [];
  for (let item = text?._start ?? null; item; item = item.right) clients.push(item.id.client);
  return clients;
}

export const itemIdOf = (type: Y.AbstractType<any>): CraftId | null =>
  type._item ? { client: type._item.id.client, clock: type._item.id.clock } : null;

/** The numbering root as the text carries it (JSON), for before/after comparisons. */
export function numberingOf(doc: Y.Doc): string {
  return JSON.stringify(doc.getMap(NUMBERING_ROOT).toJSON());
}

/** The whole visible draft: the text as XML and the numbering base. */
export function visibleState(doc: Y.Doc): string {
  return `${fragmentOf(doc).toString()}\n${numberingOf(doc)}`;
}

/** Characters XML 1.0 cannot carry (and lone surrogates), as code points, in a string. */
export function xmlIllegal(value: string): number[] {
  const found: number[] = [];
  for (let index = 0; index < value.length; index += 1) {
    const code = value.charCodeAt(index);
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = value.charCodeAt(index + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        index += 1;
        continue;
      }
      found.push(code);
    } else if (code >= 0xdc00 && code <= 0xdfff) found.push(code);
    else if (code < 0x20 ? code !== 0x09 && code !== 0x0a && code !== 0x0d : code === 0xfffe || code === 0xffff)
      found.push(code);
  }
  return found;
}
