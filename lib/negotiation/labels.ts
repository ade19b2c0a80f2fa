// How a paragraph number is written. Kept apart from numbering.ts, which decides *which*
// number a paragraph gets; this file only spells it: "OP5 bis", "(c ter)", "(iv)".
import type { NumberedKind } from "./paragraph";

/**
 * The Latin multiplicative adverbs UN and EU drafters use for inserted paragraphs. Index 1 is
 * the first insertion ("bis" = the second OP5), index 0 is the paragraph itself.
 */
const LATIN_SUFFIXES = ["", "bis", "ter", "quater", "quinquies", "sexies", "septies", "octies", "novies", "decies"];

/**
 * "bis" … "decies", then a dotted ordinal: the eleventh paragraph filed under OP5 is "OP5.11".
 * Latin goes on (undecies, duodecies …) but few delegates could place them in order, and a text
 * with eleven insertions after one paragraph is due for a clean, renumbered revision anyway.
 */
export function latinSuffix(suffix: number): string {
  return LATIN_SUFFIXES[suffix] ?? `.${suffix + 1}`;
}

function withSuffix(base: string, suffix: number): string {
  if (suffix === 0) return base;
  const word = latinSuffix(suffix);
  return word.startsWith(".") ? `${base}${word}` : `${base} ${word}`;
}

/**
 * (a) … (z), then (aa), (bb) … (zz), (aaa): doubled letters, the UN editorial convention for
 * long lists, rather than the spreadsheet-style (aa), (ab) that reads like a typo in a treaty.
 */
export function letterOf(n: number): string {
  const letter = String.fromCharCode(97 + ((n - 1) % 26));
  return letter.repeat(Math.floor((n - 1) / 26) + 1);
}

const ROMAN: readonly [number, string][] = [
  [1000, "m"],
  [900, "cm"],
  [500, "d"],
  [400, "cd"],
  [100, "c"],
  [90, "xc"],
  [50, "l"],
  [40, "xl"],
  [10, "x"],
  [9, "ix"],
  [5, "v"],
  [4, "iv"],
  [1, "i"],
];

/** Lower-case roman numerals, as in "(iv)". */
export function romanOf(n: number): string {
  let rest = n;
  let out = "";
  for (const [value, numeral] of ROMAN) {
    while (rest >= value) {
      out += numeral;
      rest -= value;
    }
  }
  return out;
}

/**
 * "PP3", "OP5 bis", "OP0" (a paragraph inserted before the first one of its kind — see
 * numbering.ts for why 0).
 */
export function paragraphLabel(kind: NumberedKind, n: number, suffix = 0): string {
  return withSuffix(`${kind === "preambular" ? "PP" : "OP"}${n}`, suffix);
}

/**
 * "(c)", "(c bis)" under a numbered paragraph (level 1); "(ii)", "(ii bis)" one level down.
 * The suffix goes inside the parentheses, as in "subparagraph (c bis)", so the label stays one
 * token. Number 0 (inserted before the first sub-paragraph) has no letter and is written "(0)".
 */
export function subParagraphLabel(level: 1 | 2, n: number, suffix = 0): string {
  const core = n === 0 ? "0" : level === 1 ? letterOf(n) : romanOf(n);
  return `(${withSuffix(core, suffix)})`;
}
