// Where a new bracket may go in a paragraph, read on its text and holds: which brackets stand
// around some words, whether a selection cuts across one, and how the holds of the brackets
// around an edit follow it. Holds attribute a bracket of words by its text (holds.ts), so any
// edit inside a held bracket must re-state that text, or the bracket loses its holders — the
// unlabelled outer bracket of "[[open-ended]KZ]".
import { type AttributedSpan, type EditableHolds } from "./holds";

/** A change to a paragraph's text: `insert` replaces text.slice(from, to). Offsets in the old text. */
export interface TextEdit {
  from: number;
  to: number;
  insert: string;
}

/** Who acts: the chair speaks for the states it names; a delegate for its own Member State only. */
export interface Actor {
  chair: boolean;
  /** The delegate's Member State; null for the chair. */
  state: string | null;
}

/** The states other than the actor's that hold `span` (none for the chair: it may change any). */
export function othersHolding(span: Pick<AttributedSpan, "states">, actor: Actor): string[] {
  return actor.chair ? [] : span.states.filter((held) => held !== actor.state);
}

/**
 * The brackets around the words from `from` to `to`, innermost first: those whose "[" … "]"
 * enclose them. A caret (from === to) just inside "[" or just before "]" is in the bracket.
 */
export function spansAround<T extends Pick<AttributedSpan, "open" | "close">>(
  spans: readonly T[],
  from: number,
  to: number,
): T[] {
  return spans.filter((span) => span.open < from && to <= span.close).sort((a, b) => b.open - a.open);
}

/** A bracket with one of its "[" "]" inside the selection and the other outside it. */
export function cutsAcross(
  spans: readonly Pick<AttributedSpan, "open" | "close">[],
  from: number,
  to: number,
): boolean {
  const inside = (offset: number) => from <= offset && offset < to;
  return spans.some((span) => inside(span.open) !== inside(span.close));
}

/** `text` with `edits` applied (edits must not overlap). */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  return [...edits]
    .sort((a, b) => b.from - a.from)
    .reduce((current, edit) => current.slice(0, edit.from) + edit.insert + current.slice(edit.to), text);
}

/** Where the character at `offset` of the old text lands once `edits` are made. */
function mapOffset(offset: number, edits: readonly TextEdit[]): number {
  let shift = 0;
  for (const edit of edits) if (edit.to <= offset) shift += edit.insert.length - (edit.to - edit.from);
  return offset + shift;
}

/**
 * The holds once `edits` are made: each held bracket of words that encloses every edit is
 * attributed by its new text, so its holders stay with it.
 */
export function retextAround(
  holds: EditableHolds,
  text: string,
  spans: readonly AttributedSpan[],
  edits: readonly TextEdit[],
): EditableHolds {
  if (edits.length === 0) return holds;
  const first = Math.min(...edits.map((edit) => edit.from));
  const last = Math.max(...edits.map((edit) => edit.to));
  const after = applyEdits(text, edits);
  const brackets = holds.brackets.map((hold, index) => {
    const span = spans.find((candidate) => candidate.kind === "text" && candidate.hold === index);
    if (!span || !(span.open < first && last <= span.close)) return hold;
    // The "[" and "]" stand outside every edit, so they are where the new content starts and ends.
    return { ...hold, text: after.slice(mapOffset(span.open, edits) + 1, mapOffset(span.close, edits)) };
  });
  return { ...holds, brackets };
}
