// A delegation speaks only for itself, in the words too: a delegate may not change or delete the
// words of a bracket that another Member State holds (the holds-guard already keeps them from
// changing another state's hold). Withdrawing one's own hold, or the chair removing the bracket,
// is how such words leave the text; proposing other words is an alternative, in a bracket of
// one's own. Brackets nobody is recorded as holding stay open to everyone, as typed brackets are.
//
// What is protected, read here: which brackets of a paragraph other states hold, and where the
// brackets of a text open and close. effect-judge.ts applies it to what an update did.
import { bracketMeaning } from "../../lib/negotiation";
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
