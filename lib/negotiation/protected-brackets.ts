// A delegation speaks only for itself, in the words too: a delegate may not change, delete or
// move the words of a bracket another Member State holds. Withdrawing one's own hold, or the
// chair removing the bracket, is how such words leave the text; proposing other words is an
// alternative, in a bracket of one's own. Brackets nobody is recorded as holding stay open to
// everyone, as typed brackets are.
//
// What is protected, read here, for both sides of the wire: the collaboration server judges
// what an update did with it (server/collab/rules/protected-words.ts), and the editor refuses a
// keystroke that would do it before it happens (lib/editor/held-words.ts).
import { bracketMeaning } from "./bracket-content";
import { parseHolds } from "./holds";

export const BRACKET_WORDS_REASON = "the words of a bracket belong to the states that hold it";

export interface BracketPair {
  /** Offsets of "[" and "]" in the paragraph's text. */
  open: number;
  close: number;
}

export interface OthersHolds {
  brackets: Set<string>;
  alternatives: Set<string>;
  /** Every state holding one of them, in the order the holds list them. */
  states: string[];
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
  const heldBrackets = holds.brackets.filter((hold) => others(hold.states));
  const heldAlternatives = holds.alternatives.filter((hold) => others(hold.states));
  const states = [...new Set([...heldBrackets, ...heldAlternatives].flatMap((hold) => hold.states))];
  const result =
    heldBrackets.length > 0 || heldAlternatives.length > 0
      ? {
          brackets: new Set(heldBrackets.map((hold) => hold.text.trim())),
          alternatives: new Set(heldAlternatives.map((hold) => hold.label.toLowerCase())),
          states: states.filter((held) => held !== state),
        }
      : null;
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
export function bracketPairs(text: string): BracketPair[] {
  const pairs: BracketPair[] = [];
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
export function isProtected(text: string, { open, close }: BracketPair, held: OthersHolds): boolean {
  const content = text.slice(open + 1, close);
  const meaning = bracketMeaning(content); // an alternative is held by its label ("Alt 1")
  return meaning.kind === "alternative"
    ? held.alternatives.has(meaning.label.toLowerCase())
    : held.brackets.has(content.trim());
}

/** The brackets of `text` other states hold, in the order they open. */
export function protectedPairs(text: string, held: OthersHolds): BracketPair[] {
  return bracketPairs(text)
    .filter((pair) => isProtected(text, pair, held))
    .sort((a, b) => a.open - b.open);
}

/** The protected brackets of `text` as they read, "[" and "]" included, in order. */
export function protectedWords(text: string, held: OthersHolds): string[] {
  return protectedPairs(text, held).map(({ open, close }) => text.slice(open, close + 1));
}
