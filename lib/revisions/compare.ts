// The comparison of two versions of a negotiating text — two revisions, a revision and a
// checkpoint, or either and the live text. It is what delegates read before every meeting, so it
// follows paragraphs, not lines:
//
// - Paragraphs are matched by their stable id, never by position: a paragraph keeps its identity
//   whatever is inserted, deleted or moved around it, and one whose words were all rewritten is
//   still the same paragraph, changed.
// - In `to` but not `from`: inserted. In `from` but not `to`: deleted, whether or not `to` still
//   lists it as "OP7 [deleted]" (its `deleted` list holds numbering placeholders, not text). A
//   paragraph split in two keeps its id for the first part: it shows its tail deleted, and the
//   second part (a new id) inserted. Two merged: the survivor shows the other's words inserted,
//   and the other is deleted.
// - Moved: in both, but outside the longest run of shared paragraphs that kept their order
//   (moves.ts). Moving is not changing: a moved paragraph with the same words is "unchanged".
// - "changed": its words, status, brackets and their holders, ad ref, kind or level differ. A new
//   number alone (a renumbering) is not a change: after a clean text every number differs.
// - Order: the paragraphs of `to` in order; each deleted paragraph right before the nearest
//   paragraph after it in `from` that stayed in place (at the end if none), so an inline view
//   shows it where it was. Before, not after its predecessor: whatever was inserted after that
//   predecessor comes first, so the tail split off OP1 (OP1 bis) stays next to OP1, and the rows
//   read in the order of their numbers (OP1, OP1 bis, OP2 [deleted], OP3).
//
// Refined from the shape first sketched for issue 4: the field saying what happened is `change`,
// not `kind`, because a ParagraphView's `kind` is already preambular/operative/heading and both
// sit side by side in every view; and positions, the text's "[deleted]" placeholder and separate
// text/ad ref/kind flags are added because the views need them and cannot cheaply recompute them.
import type { ParagraphView, TextView } from "../draft/paragraph-views";
import { movedAmong } from "./moves";
import { isBracket, tokenize } from "./tokens";
import { diffWords, type WordDiff } from "./word-diff";

export type ParagraphChange = "unchanged" | "changed" | "inserted" | "deleted";

export interface ParagraphComparison {
  id: string;
  change: ParagraphChange;
  /** In both texts, but no longer in the same order relative to the others. */
  moved: boolean;
  before: ParagraphView | null;
  after: ParagraphView | null;
  /** Positions among each text's paragraphs (0-based); null where the paragraph is absent. */
  fromIndex: number | null;
  toIndex: number | null;
  /** A deleted paragraph that `to` still lists as "OP7 [deleted]": that number ("OP7"). */
  placeholder: string | null;
  textChanged: boolean;
  /** "OP5 bis" → "OP6"; null → "OP3" (a heading became a paragraph). Both texts only. */
  numberChanged: boolean;
  statusChanged: boolean;
  /** Typed brackets, alternatives or the states holding them differ (so does a bracket-only edit). */
  bracketsChanged: boolean;
  /** Whose confirmation an ad ref paragraph awaits, or by when, differs (also when ad ref begins or ends). */
  adRefChanged: boolean;
  /** Paragraph kind (PP, OP, heading) or level (sub-paragraph depth) differs. */
  structureChanged: boolean;
  /**
   * The words, old and new interleaved: "equal" + "delete" spell the old text, "equal" + "insert"
   * the new one, exactly. All "insert" for an inserted paragraph, all "delete" for a deleted one.
   */
  words: WordDiff[];
}

export interface ComparisonSummary {
  /** These four add up to the number of rows of the comparison. */
  inserted: number;
  deleted: number;
  changed: number;
  unchanged: number;
  /** Flags, counted across the rows above (a moved paragraph is also changed or unchanged). */
  moved: number;
  textChanged: number;
  statusChanged: number;
  bracketsChanged: number;
  renumbered: number;
}

export interface TextComparison {
  paragraphs: ParagraphComparison[];
  summary: ComparisonSummary;
}

/** Paragraph ids identify paragraphs; a text holding one twice is damaged, not comparable. */
export class DuplicateParagraphIdError extends Error {
  constructor(
    readonly paragraphId: string,
    readonly side: "from" | "to",
  ) {
    super(`Paragraph id ${paragraphId} appears twice in the ${side === "from" ? "older" : "newer"} text.`);
    this.name = "DuplicateParagraphIdError";
  }
}

function indexById(paragraphs: readonly ParagraphView[], side: "from" | "to"): Map<string, number> {
  const index = new Map<string, number>();
  paragraphs.forEach((paragraph, i) => {
    if (index.has(paragraph.id)) throw new DuplicateParagraphIdError(paragraph.id, side);
    index.set(paragraph.id, i);
  });
  return index;
}

export function compareTexts(from: TextView, to: TextView): TextComparison {
  const fromIndex = indexById(from.paragraphs, "from");
  const toIndex = indexById(to.paragraphs, "to");

  const shared = from.paragraphs.filter((paragraph) => toIndex.has(paragraph.id));
  const movedFlags = movedAmong(shared.map((paragraph) => toIndex.get(paragraph.id)!));
  const moved = new Set(shared.filter((_, i) => movedFlags[i]).map((paragraph) => paragraph.id));

  // Each run of deleted paragraphs waits for the next paragraph of `from` that stayed put.
  const placeholders = new Map(to.deleted.map((entry) => [entry.id, entry.number]));
  const deletedBefore = new Map<string | null, ParagraphComparison[]>();
  let waiting: ParagraphComparison[] = [];
  from.paragraphs.forEach((paragraph, i) => {
    if (!toIndex.has(paragraph.id)) waiting.push(deletedRow(paragraph, i, placeholders.get(paragraph.id) ?? null));
    else if (!moved.has(paragraph.id) && waiting.length > 0) {
      deletedBefore.set(paragraph.id, waiting);
      waiting = [];
    }
  });

  const paragraphs: ParagraphComparison[] = [];
  to.paragraphs.forEach((after, i) => {
    paragraphs.push(...(deletedBefore.get(after.id) ?? []));
    const j = fromIndex.get(after.id);
    const before = j === undefined ? undefined : from.paragraphs[j];
    paragraphs.push(
      before === undefined || j === undefined
        ? insertedRow(after, i)
        : sharedRow(before, after, j, i, moved.has(after.id)),
    );
  });
  paragraphs.push(...waiting);
  return { paragraphs, summary: summarize(paragraphs) };
}

const UNCHANGED_FLAGS = {
  textChanged: false,
  numberChanged: false,
  statusChanged: false,
  bracketsChanged: false,
  adRefChanged: false,
  structureChanged: false,
} as const;

function insertedRow(after: ParagraphView, toIndex: number): ParagraphComparison {
  return {
    id: after.id,
    change: "inserted",
    moved: false,
    before: null,
    after,
    fromIndex: null,
    toIndex,
    placeholder: null,
    ...UNCHANGED_FLAGS,
    words: after.text ? [{ op: "insert", text: after.text }] : [],
  };
}

function deletedRow(before: ParagraphView, fromIndex: number, placeholder: string | null): ParagraphComparison {
  return {
    id: before.id,
    change: "deleted",
    moved: false,
    before,
    after: null,
    fromIndex,
    toIndex: null,
    placeholder,
    ...UNCHANGED_FLAGS,
    words: before.text ? [{ op: "delete", text: before.text }] : [],
  };
}

function sharedRow(
  before: ParagraphView,
  after: ParagraphView,
  fromIndex: number,
  toIndex: number,
  moved: boolean,
): ParagraphComparison {
  const words = diffWords(before.text, after.text);
  const textChanged = before.text !== after.text;
  const flags = {
    textChanged,
    numberChanged: before.number !== after.number,
    statusChanged: before.status !== after.status,
    bracketsChanged: !sameHolds(before, after) || (textChanged && bracketEdited(words)),
    adRefChanged: !sameAdRef(before, after),
    structureChanged: before.kind !== after.kind || before.level !== after.level,
  };
  const changed =
    flags.textChanged || flags.statusChanged || flags.bracketsChanged || flags.adRefChanged || flags.structureChanged;
  return {
    id: after.id,
    change: changed ? "changed" : "unchanged",
    moved,
    before,
    after,
    fromIndex,
    toIndex,
    placeholder: null,
    ...flags,
    words,
  };
}

/** A "[" or "]" typed or removed: even with the same bracketed words, the dispute moved. */
function bracketEdited(words: readonly WordDiff[]): boolean {
  return words.some((word) => word.op !== "equal" && tokenize(word.text).some(isBracket));
}

const sameStates = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && [...a].sort().join(",") === [...b].sort().join(",");

function sameHolds(before: ParagraphView, after: ParagraphView): boolean {
  return (
    before.brackets.length === after.brackets.length &&
    before.brackets.every((bracket, i) => {
      const other = after.brackets[i]!;
      return bracket.text === other.text && sameStates(bracket.states, other.states);
    }) &&
    before.alternatives.length === after.alternatives.length &&
    before.alternatives.every((alternative, i) => {
      const other = after.alternatives[i]!;
      return alternative.label === other.label && sameStates(alternative.states, other.states);
    })
  );
}

function sameAdRef(before: ParagraphView, after: ParagraphView): boolean {
  const a = before.lock?.adRef ?? null;
  const b = after.lock?.adRef ?? null;
  if (a === null || b === null) return a === b;
  return a.deadline === b.deadline && sameStates(a.states, b.states);
}

function summarize(paragraphs: readonly ParagraphComparison[]): ComparisonSummary {
  const summary: ComparisonSummary = {
    inserted: 0,
    deleted: 0,
    changed: 0,
    unchanged: 0,
    moved: 0,
    textChanged: 0,
    statusChanged: 0,
    bracketsChanged: 0,
    renumbered: 0,
  };
  for (const row of paragraphs) {
    summary[row.change] += 1;
    if (row.moved) summary.moved += 1;
    if (row.textChanged) summary.textChanged += 1;
    if (row.statusChanged) summary.statusChanged += 1;
    if (row.bracketsChanged) summary.bracketsChanged += 1;
    if (row.numberChanged) summary.renumbered += 1;
  }
  return summary;
}
