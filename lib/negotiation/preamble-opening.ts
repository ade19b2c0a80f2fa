// Which words open a preambular paragraph: "Recalling also", "Noting with concern", "Deeply
// concerned", "Bearing in mind", "Guided by". UN editorial practice sets them in italics, and
// negotiators find their place in a preamble by them. It is a rule of presentation read off the
// words, never a mark stored in the text: the editor, the comparisons and every export apply it
// the same way, and a delegate who rewrites the opening sees the italics follow.
//
// What counts, in order:
// - after any leading "[" (and an alternative's "Alt 1:" label): a bracketed opening is still
//   the opening, but the italics stop at the bracket, whose words belong to the dispute;
// - optional adverbs in -ly ("Strongly", "Deeply", "Gravely"), then the head: a participle
//   ("Recalling", "Convinced") or one of the adjectives UN preambles open with ("Mindful",
//   "Aware");
// - the words that belong to the head in the room's set phrases ("Bearing in mind", "Taking into
//   account", "Taking note", "Expressing deep concern", "Having considered", "Guided by");
// - then any of "also", "further", "again", "with (deep) concern", "with satisfaction" … in any
//   order ("Noting also with concern").
// A paragraph that opens with anything else (a quotation, a number, a noun) has no opening.

/** The opening as string offsets (UTF-16, like ProseMirror within a text node): [start, end). */
export interface PreambleOpening {
  start: number;
  end: number;
}

/** Adjectives that open preambular paragraphs without being participles. */
const ADJECTIVES = new Set([
  "aware",
  "mindful",
  "conscious",
  "cognizant",
  "cognisant",
  "desirous",
  "confident",
  "anxious",
  "appreciative",
]);

/** Words in -ing or -ed that are not participles opening a recital. */
const NOT_PARTICIPLES = new Set([
  "during",
  "notwithstanding",
  "regarding",
  "concerning",
  "including",
  "according",
  "following",
  "pending",
  "excluding",
  "nothing",
  "something",
  "anything",
  "everything",
  "indeed",
  "united",
  "hundred",
]);
const NOT_ADVERBS = new Set([
  "only",
  "early",
  "family",
  "july",
  "italy",
  "assembly",
  "supply",
  "reply",
  "ally",
  "daily",
]);

/** Nouns after "with" and "expressing" that stay in the opening ("with deep concern"). */
const FEELINGS =
  "concern|satisfaction|appreciation|gratitude|regret|alarm|interest|approval|thanks|disappointment|dismay|hope|support|sympathy|condolences|solidarity|conviction|determination";
const DEGREE = "deep|deepest|grave|great|serious|profound|particular|full|sincere|strong|utmost|high";

/** Set phrases: the words after the head, matched right after it (case-insensitive). */
const HEAD_PHRASES: Record<string, RegExp> = {
  bearing: /^\s+in\s+mind\b/i,
  keeping: /^\s+in\s+mind\b/i,
  taking: /^\s+(?:into\s+(?:account|consideration)|note|action|stock)\b/i,
  having: /^\s+(?:in\s+mind|[a-z]+(?:ed|en)|heard|met|read|held|undertaken)\b/i,
  expressing: new RegExp(`^\\s+(?:(?:its|their|our)\\s+)?(?:(?:${DEGREE})\\s+)?(?:${FEELINGS})\\b`, "i"),
  paying: /^\s+tribute\b/i,
  guided: /^\s+by\b/i,
  inspired: /^\s+by\b/i,
};

/** What may follow the head, any number of times: "also", "with concern". */
const FOLLOWERS = [
  /^\s+(?:also|further|again|once\s+again|once\s+more)\b/i,
  new RegExp(`^\\s+with\\s+(?:(?:${DEGREE})\\s+)?(?:${FEELINGS})\\b`, "i"),
];

const WORD = /^[\p{L}][\p{L}'’-]*/u;

const isParticiple = (word: string) => word.length >= 5 && /(?:ing|ed)$/.test(word) && !NOT_PARTICIPLES.has(word);
const isAdverb = (word: string) => word.length >= 5 && word.endsWith("ly") && !NOT_ADVERBS.has(word);

/** The opening phrase of a preambular paragraph's text, or null when it has none. */
export function preambleOpening(text: string): PreambleOpening | null {
  // Leading spaces and brackets, and the label of an alternative: "[Alt 1: Recalling …".
  const lead = /^[\s[]*(?:(?:alt(?:ernative)?\.?\s*\d+\s*:)\s*)?/i.exec(text)![0];
  const start = lead.length;
  let at = start;
  const spaceAfter = (from: number) => /^\s+/.exec(text.slice(from))?.[0].length ?? 0;

  // Adverbs first ("Strongly condemning", "Deeply concerned"), then the head.
  const first = WORD.exec(text.slice(at))?.[0];
  if (!first) return null;
  let head: string = first;
  while (isAdverb(head.toLowerCase())) {
    const gap = spaceAfter(at + head.length);
    const next: string | undefined = WORD.exec(text.slice(at + head.length + gap))?.[0];
    if (!next || !(isParticiple(next.toLowerCase()) || ADJECTIVES.has(next.toLowerCase()))) break;
    at += head.length + gap;
    head = next;
  }
  const lower = head.toLowerCase();
  if (!isParticiple(lower) && !ADJECTIVES.has(lower)) return null;
  at += head.length;

  const phrase = HEAD_PHRASES[lower]?.exec(text.slice(at));
  if (phrase) at += phrase[0].length;
  for (let grew = true; grew;) {
    grew = false;
    for (const follower of FOLLOWERS) {
      const found = follower.exec(text.slice(at));
      if (found) {
        at += found[0].length;
        grew = true;
      }
    }
  }
  return { start, end: at };
}

/** A piece of a paragraph's words as a view lays them out (a run, a word change). */
export interface OpeningPiece {
  text: string;
}

/**
 * Splits `pieces` where the opening starts and ends, and says which parts are in it. `counts`
 * tells which pieces are words of the paragraph as it now reads (not a holders label, not words
 * struck out in a redline): only those are read for the opening, and only those are set in it.
 */
export function splitAtOpening<T extends OpeningPiece>(
  pieces: readonly T[],
  counts: (piece: T) => boolean = () => true,
): { piece: T; opening: boolean }[] {
  const text = pieces
    .filter(counts)
    .map((piece) => piece.text)
    .join("");
  const opening = preambleOpening(text);
  if (!opening) return pieces.map((piece) => ({ piece, opening: false }));
  const out: { piece: T; opening: boolean }[] = [];
  let offset = 0;
  for (const piece of pieces) {
    if (!counts(piece)) {
      out.push({ piece, opening: false });
      continue;
    }
    const from = offset;
    const to = offset + piece.text.length;
    offset = to;
    const cuts = [from, Math.min(Math.max(opening.start, from), to), Math.min(Math.max(opening.end, from), to), to];
    for (let index = 0; index < 3; index += 1) {
      const [a, b] = [cuts[index]!, cuts[index + 1]!];
      if (b > a) out.push({ piece: { ...piece, text: text.slice(a, b) }, opening: index === 1 });
    }
  }
  return out;
}
