// A delegation speaks only for itself, in the words too: a delegate may not change or delete the
// words of a bracket that another Member State holds (the holds-guard already keeps them from
// changing another state's hold). Withdrawing one's own hold, or the chair removing the bracket,
// is how such words leave the text; proposing other words is an alternative, in a bracket of
// one's own. Brackets nobody is recorded as holding stay open to everyone, as typed brackets are.
//
// What is protected, read here: which brackets of a paragraph other states hold, and where the
// brackets of a text open and close. effect-judge.ts applies it to what an update did.
/* eslint-disable @typescript-eslint/no-explicit-any -- Yjs types its shared types with any */
import * as Y from "yjs";
import { bracketMeaning } from "../../lib/negotiation";
import type { Visible } from "./block-content";
import { parseHolds } from "../../lib/negotiation/holds";

export const BRACKET_WORDS_REASON = "the words of a bracket belong to the states that hold it";

export interface Protected {
  /** Offsets of "[" and "]" in the paragraph's text. */
  open: number;
  close: number;
}

export interface OthersHolds {
  brackets: Set<string>;
  alternatives: Set<string>;
}

/**
 * Which brackets of a `holds` value other states hold, by the value and the sender's state: the
 * value changes far more rarely than people type, so it is parsed once, not at every keystroke.
 */
const othersHoldsCache = new Map<string, OthersHolds | null>();

export function othersHolds(value: unknown, state: string | null): OthersHolds | null {
  // A JSON string as editors store it; an object from older clients.
  const stored = typeof value === "string" ? value : value && typeof value === "object" ? JSON.stringify(value) : "";
  if (stored === "") return null;
  const key = `${state ?? ""}\u0000${stored}`;
  if (othersHoldsCache.has(key)) return othersHoldsCache.get(key)!;
  const holds = parseHolds(stored);
  const others = (states: string[]) => states.some((held) => held !== state);
  const brackets = new Set(holds.brackets.filter((hold) => others(hold.states)).map((hold) => hold.text.trim()));
  const alternatives = new Set(
    holds.alternatives.filter((hold) => others(hold.states)).map((hold) => hold.label.toLowerCase()),
  );
  const result = brackets.size > 0 || alternatives.size > 0 ? { brackets, alternatives } : null;
  if (othersHoldsCache.size >= 5_000) othersHoldsCache.clear(); // bounded: a busy forum, many values
  othersHoldsCache.set(key, result);
  return result;
}

/**
 * Where the brackets of a text open and close, nested ones included; unbalanced ones are left
 * out. The same pairs lib/negotiation/brackets.ts finds, without what it works out about each
 * bracket's meaning and problems: this runs at a delegate's every keystroke (about 1 µs where
 * the full parse takes 50).
 */
export function bracketPairs(text: string): Protected[] {
  const pairs: Protected[] = [];
  const openers: number[] = [];
  for (let index = 0; index < text.length; index += 1) {
    const char = text.charCodeAt(index);
    if (char === 0x5b)
      openers.push(index); // [
    else if (char === 0x5d && openers.length > 0) pairs.push({ open: openers.pop()!, close: index }); // ]
  }
  return pairs;
}

/** The bracket at `range` of `text` is one another state holds. */
export function isProtected(text: string, { open, close }: Protected, held: OthersHolds): boolean {
  const content = text.slice(open + 1, close);
  const meaning = bracketMeaning(content); // an alternative is held by its label ("Alt 1")
  return meaning.kind === "alternative"
    ? held.alternatives.has(meaning.label.toLowerCase())
    : held.brackets.has(content.trim());
}

/**
 * Whether a change to `paragraph` typed inside, or deleted any of, the words of a bracket `held`
 * protects, read on the paragraph's text as it stood (`visibleBefore`: before the transaction).
 * Run inside `afterTransaction`, when each item is wholly old or new, deleted or not.
 */
export function touchesProtectedWords(paragraph: Y.XmlElement, visibleBefore: Visible, held: OthersHolds): boolean {
  let text = "";
  const inserted: number[] = [];
  const deleted: { from: number; to: number }[] = [];
  for (let child = paragraph._start; child; child = child.right) {
    const was = visibleBefore(child);
    const is = !child.deleted;
    if (!was && !is) continue;
    const type = child.content instanceof Y.ContentType ? (child.content.type as Y.AbstractType<any>) : null;
    if (!(type instanceof Y.XmlText)) {
      if (type instanceof Y.XmlElement) {
        // A hard break, read as a line break as lib/editor/document-paragraphs.ts does.
        if (was && !is) deleted.push({ from: text.length, to: text.length });
        if (!was && is) inserted.push(text.length);
        if (was) text += "\n";
      }
      continue;
    }
    for (let item = type._start; item; item = item.right) {
      if (!(item.content instanceof Y.ContentString)) continue;
      const stood = was && visibleBefore(item);
      const stands = is && !item.deleted;
      if (stood) {
        if (!stands) deleted.push({ from: text.length, to: text.length + item.length - 1 });
        text += item.content.str;
      } else if (stands) inserted.push(text.length);
    }
  }
  if (inserted.length === 0 && deleted.length === 0) return false;
  const ranges = bracketPairs(text).filter((range) => isProtected(text, range, held));
  return (
    inserted.some((at) => ranges.some((range) => at > range.open && at <= range.close)) ||
    deleted.some(({ from, to }) => ranges.some((range) => from <= range.close && to >= range.open))
  );
}
