// A delegation speaks only for itself, in the words too: a delegate may not change or delete the
// words of a bracket that another Member State holds (the holds-guard already keeps them from
// changing another state's hold). Withdrawing one's own hold, or the chair removing the bracket,
// is how such words leave the text; proposing other words is an alternative, in a bracket of
// one's own. Brackets nobody is recorded as holding stay open to everyone, as typed brackets are.
//
// The paragraph guard hands over each typed character an update inserts or deletes inside a
// paragraph; this finds its offset in the paragraph's text as the server holds it and whether it
// falls inside such a bracket. Only the paragraphs an update touches are read, once each.
/* eslint-disable @typescript-eslint/no-explicit-any -- Yjs types its shared types with any */
import * as Y from "yjs";
import { bracketMeaning } from "../../lib/negotiation";
import { parseHolds } from "../../lib/negotiation/holds";

export const BRACKET_WORDS_REASON = "the words of a bracket belong to the states that hold it";

export interface Protected {
  /** Offsets of "[" and "]" in the paragraph's text. */
  open: number;
  close: number;
}

interface ParagraphText {
  /** Offset in the paragraph's text of each item's first character (deleted ones: where they were). */
  offsets: Map<Y.Item, number>;
  /** Offset of each text child's first character. */
  starts: Map<Y.XmlText, number>;
  protectedRanges: Protected[];
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

export class BracketWords {
  private readonly paragraphs = new Map<Y.XmlElement, ParagraphText | null>();

  /** `state`: the sender's Member State (null: speaks for none, so every holder is another). */
  constructor(private readonly state: string | null) {}

  /** The paragraph a text child belongs to, when it is one (holds live on paragraphs). */
  static paragraphOf(text: Y.AbstractType<any>): Y.XmlElement | null {
    if (!(text instanceof Y.XmlText)) return null;
    const parent = text.parent;
    return parent instanceof Y.XmlElement && parent.nodeName === "paragraph" ? parent : null;
  }

  private read(paragraph: Y.XmlElement): ParagraphText | null {
    if (this.paragraphs.has(paragraph)) return this.paragraphs.get(paragraph)!;
    let result: ParagraphText | null = null;
    const held = othersHolds(paragraph.getAttribute("holds"), this.state);
    if (held) {
      // One pass over the paragraph's items: its text, and where each item stands in it.
      const offsets = new Map<Y.Item, number>();
      const starts = new Map<Y.XmlText, number>();
      let text = "";
      for (const child of paragraph.toArray()) {
        if (!(child instanceof Y.XmlText)) {
          text += "\n"; // a hard break, as lib/editor/document-paragraphs.ts reads it
          continue;
        }
        starts.set(child, text.length);
        for (let item = child._start; item; item = item.right) {
          offsets.set(item, text.length);
          if (!item.deleted && item.content instanceof Y.ContentString) text += item.content.str;
        }
      }
      const protectedRanges = bracketPairs(text).filter((range) => isProtected(text, range, held));
      if (protectedRanges.length > 0) result = { offsets, starts, protectedRanges };
    }
    this.paragraphs.set(paragraph, result);
    return result;
  }

  /** Offset in the paragraph's text of a stored item's first character (deleted items: where they were). */
  private offsetOf(paragraph: ParagraphText, item: Y.Item): number | null {
    return paragraph.offsets.get(item) ?? null;
  }

  /** Deleting `length` characters of stored `item` from its `from`-th on touches another state's words. */
  deletes(paragraph: Y.XmlElement, item: Y.Item, from: number, length: number): boolean {
    const text = this.read(paragraph);
    if (!text || !(item.content instanceof Y.ContentString)) return false;
    const offset = this.offsetOf(text, item);
    if (offset === null) return false;
    const first = offset + from;
    const last = first + length - 1;
    return text.protectedRanges.some((range) => first <= range.close && last >= range.open);
  }

  /**
   * Inserting right after the character `typedAfter()` finds (a stored item and the index of the
   * character in it; null: at the start of `into`) puts words inside another state's bracket.
   */
  inserts(paragraph: Y.XmlElement, into: Y.XmlText, typedAfter: () => { item: Y.Item; at: number } | null): boolean {
    const text = this.read(paragraph);
    if (!text) return false; // most paragraphs: nothing protected, nothing more to read
    const after = typedAfter();
    let offset: number | null;
    if (after) {
      const base = this.offsetOf(text, after.item);
      const visible = !after.item.deleted && after.item.content instanceof Y.ContentString;
      offset = base === null ? null : base + (visible ? after.at + 1 : 0);
    } else offset = text.starts.get(into) ?? null;
    if (offset === null) return false;
    return text.protectedRanges.some((range) => offset > range.open && offset <= range.close);
  }
}
