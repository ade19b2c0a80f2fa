// The word-level changes inside one paragraph: what was deleted, what was inserted, what stayed.
//
// Our own Myers diff (O((N+M)·D), the algorithm of GNU diff and of git) rather than the npm
// `diff` package: the tokens must be ours (brackets on their own, tokens.ts), the output must be
// grouped the way delegates read a change (all that was deleted, then all that replaced it), and
// a paragraph holds a few hundred tokens at most, for which 100 lines of code are cheaper than a
// dependency and its own tokenizer conventions. Tokens are interned as numbers, and the common
// start and end of the two texts are skipped before the diff proper, so an edited paragraph costs
// little more than reading it.
import { tokenize } from "./tokens";

/** Who made a change: a Member State's code, or CHAIR / SECRETARIAT, the person, and when. */
export interface WordAuthor {
  delegation: string;
  name: string;
  /** When the words were written or deleted (ISO), where the server kept it. */
  at?: string;
}

export interface WordDiff {
  op: "equal" | "insert" | "delete";
  text: string;
  /** Who inserted or deleted these words, where the server knows (server/revisions/attribution.ts). */
  by?: WordAuthor;
}

/**
 * Past this many token edits inside one paragraph the words are shown as replaced as a whole:
 * the two texts have little in common left to align, and the diff's memory grows as the square
 * of the edits.
 */
const MAX_EDITS = 1500;

const EQUAL = 0;
const INSERT = 1;
const DELETE = 2;
type Op = typeof EQUAL | typeof INSERT | typeof DELETE;

/** Changes that turn `before` into `after`, word by word. */
export function diffWords(before: string, after: string): WordDiff[] {
  if (before === after) return before ? [{ op: "equal", text: before }] : [];
  const a = tokenize(before);
  const b = tokenize(after);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }

  // One step per token of the old text and per inserted token: `tokens[i]` is what step i spells.
  const ops: Op[] = [];
  const tokens: string[] = [];
  for (let i = 0; i < start; i++) {
    ops.push(EQUAL);
    tokens.push(a[i]!);
  }
  const middle = myers(interned(a, b, start, endA, endB));
  if (middle === null) {
    for (let i = start; i < endA; i++) {
      ops.push(DELETE);
      tokens.push(a[i]!);
    }
    for (let j = start; j < endB; j++) {
      ops.push(INSERT);
      tokens.push(b[j]!);
    }
  } else {
    let i = start;
    let j = start;
    for (const op of middle) {
      ops.push(op);
      if (op === INSERT) tokens.push(b[j++]!);
      else {
        tokens.push(a[i++]!);
        if (op === EQUAL) j++;
      }
    }
  }
  for (let i = endA; i < a.length; i++) {
    ops.push(EQUAL);
    tokens.push(a[i]!);
  }
  slideEdits(ops, tokens);
  return group(ops, tokens);
}

/** The differing middles of both token lists as numbers, one per distinct token: cheap to compare. */
function interned(a: string[], b: string[], start: number, endA: number, endB: number): [Int32Array, Int32Array] {
  const ids = new Map<string, number>();
  const ia = new Int32Array(endA - start);
  const ib = new Int32Array(endB - start);
  for (let i = start; i < endA; i++) {
    let id = ids.get(a[i]!);
    if (id === undefined) ids.set(a[i]!, (id = ids.size));
    ia[i - start] = id;
  }
  for (let j = start; j < endB; j++) {
    let id = ids.get(b[j]!);
    if (id === undefined) ids.set(b[j]!, (id = ids.size));
    ib[j - start] = id;
  }
  return [ia, ib];
}

/**
 * The shortest edit script from `a` to `b` (Myers 1986, "An O(ND) difference algorithm"), as one
 * op per step; null when it needs more than MAX_EDITS edits. The furthest-reaching x on each
 * diagonal is kept after every round so that the path can be walked back.
 */
function myers([a, b]: [Int32Array, Int32Array]): Op[] | null {
  const n = a.length;
  const m = b.length;
  if (n === 0 || m === 0) return [...Array<Op>(n).fill(DELETE), ...Array<Op>(m).fill(INSERT)];
  const limit = Math.min(n + m, MAX_EDITS);
  const offset = limit + 1;
  const v = new Int32Array(2 * limit + 3);
  /** trace[d][k + d]: the furthest x on diagonal k after round d. */
  const trace: Int32Array[] = [];
  for (let d = 0; d <= limit; d++) {
    for (let k = -d; k <= d; k += 2) {
      // Down (an insertion) from diagonal k+1, or right (a deletion) from k-1: whichever got further.
      let x =
        k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!) ? v[offset + k + 1]! : v[offset + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) {
        trace.push(v.slice(offset - d, offset + d + 1));
        return backtrack(trace, n, m);
      }
    }
    trace.push(v.slice(offset - d, offset + d + 1));
  }
  return null;
}

function backtrack(trace: Int32Array[], n: number, m: number): Op[] {
  const ops: Op[] = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 1; d > 0; d--) {
    const previous = trace[d - 1]!; // indexed by k + (d - 1)
    const at = (k: number) => previous[k + d - 1]!;
    const k = x - y;
    const down = k === -d || (k !== d && at(k - 1) < at(k + 1));
    const previousK = down ? k + 1 : k - 1;
    const previousX = at(previousK);
    const previousY = previousX - previousK;
    for (; x > previousX && y > previousY; x--, y--) ops.push(EQUAL);
    ops.push(down ? INSERT : DELETE);
    x = previousX;
    y = previousY;
  }
  for (; x > 0 && y > 0; x--, y--) ops.push(EQUAL);
  return ops.reverse();
}

/**
 * Where a pure insertion or deletion could equally sit a token earlier or later (the same token
 * ends it and precedes it), puts it where it reads as a whole: "[combat][counter]" → "[counter]"
 * deletes "[combat]", not "combat][". Sliding keeps the token sequence and only moves which
 * tokens are marked, so both texts are spelt exactly as before.
 */
function slideEdits(ops: Op[], tokens: string[]): void {
  let s = 0;
  while (s < ops.length) {
    const op = ops[s]!;
    let e = s;
    while (e < ops.length && ops[e] === op) e++;
    const pure = op !== EQUAL && (s === 0 || ops[s - 1] === EQUAL) && (e === ops.length || ops[e] === EQUAL);
    if (pure) {
      let left = 0;
      while (s - left > 0 && ops[s - left - 1] === EQUAL && tokens[s - left - 1] === tokens[e - left - 1]) left++;
      let right = 0;
      while (e + right < ops.length && ops[e + right] === EQUAL && tokens[s + right] === tokens[e + right]) right++;
      let best = 0;
      let bestScore = -1;
      for (let shift = -left; shift <= right; shift++) {
        const score = readability(tokens, s + shift, e + shift);
        if (score > bestScore) [best, bestScore] = [shift, score];
      }
      if (best !== 0) {
        for (let i = s; i < e; i++) ops[i] = EQUAL;
        for (let i = s + best; i < e + best; i++) ops[i] = op;
      }
      e += Math.max(best, 0);
    }
    s = e;
  }
}

/**
 * How well an edit at tokens [start, end) reads: whole brackets above all, then edges at natural
 * breaks (the end of a sentence, a space, a bracket) rather than inside a phrase, then an edit
 * that starts with a word rather than a space.
 */
function readability(tokens: readonly string[], start: number, end: number): number {
  let depth = 0;
  let balanced = true;
  for (let i = start; i < end && balanced; i++) {
    if (tokens[i] === "[") depth++;
    else if (tokens[i] === "]") balanced = --depth >= 0;
  }
  const edges = boundary(tokens[start - 1], tokens[start]) + boundary(tokens[end - 1], tokens[end]);
  return (balanced && depth === 0 ? 100 : 0) + 2 * edges + (WHITESPACE.test(tokens[start]!) ? 0 : 1);
}

const SENTENCE_END = new Set([".", ";", ":", "!", "?"]);

/** How natural a break between two neighbouring tokens is (undefined: the text's start or end). */
function boundary(left: string | undefined, right: string | undefined): number {
  if (left === undefined || right === undefined) return 6;
  const space = (token: string) => WHITESPACE.test(token);
  if (space(left) && left.includes("\n")) return 5;
  if (SENTENCE_END.has(left) && space(right)) return 5;
  if (left === "]" || right === "[") return 4;
  if (space(left) || space(right)) return 3;
  return /^[\p{L}\p{N}]/u.test(left) && /^[\p{L}\p{N}]/u.test(right) ? 0 : 1;
}

const WHITESPACE = /^\s+$/;

/**
 * Joins the steps into what a reader sees: each change as everything deleted, then everything
 * inserted. A run of whitespace alone between two changes belongs to both ("the big dog" → "a
 * small dog" reads "the big" → "a small", not three replacements), so it is counted in the
 * deleted text and in the inserted text alike.
 */
function group(ops: Op[], tokens: string[]): WordDiff[] {
  const result: WordDiff[] = [];
  let deleted = "";
  let inserted = "";
  const flushChange = () => {
    if (deleted) result.push({ op: "delete", text: deleted });
    if (inserted) result.push({ op: "insert", text: inserted });
    deleted = inserted = "";
  };
  let i = 0;
  while (i < ops.length) {
    if (ops[i] !== EQUAL) {
      if (ops[i] === DELETE) deleted += tokens[i];
      else inserted += tokens[i];
      i++;
      continue;
    }
    let j = i;
    let run = "";
    while (j < ops.length && ops[j] === EQUAL) run += tokens[j++];
    const inChange = deleted !== "" || inserted !== "";
    if (inChange && j < ops.length && WHITESPACE.test(run)) {
      deleted += run;
      inserted += run;
    } else {
      flushChange();
      result.push({ op: "equal", text: run });
    }
    i = j;
  }
  flushChange();
  return result;
}

/** The old text's side of a comparison (side-by-side views): what stayed and what was deleted. */
export function beforeSide(words: readonly WordDiff[]): WordDiff[] {
  return words.filter((word) => word.op !== "insert");
}

/** The new text's side: what stayed and what was inserted. */
export function afterSide(words: readonly WordDiff[]): WordDiff[] {
  return words.filter((word) => word.op !== "delete");
}

/** The text one side reads, e.g. `sideText(beforeSide(words))` is the old paragraph. */
export function sideText(words: readonly WordDiff[]): string {
  return words.map((word) => word.text).join("");
}
