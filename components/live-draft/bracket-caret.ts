// What the bracket tools need to know about the caret, read from the editor state at every
// change: the bracket around it, the alternative it stands in (so that the chair's "Choose"
// is there even with the caret in a bracket inside an alternative), whether the selection may
// be bracketed and whether an alternative may be proposed here, and why not.
import type { Editor } from "@tiptap/react";
import { bracketSelectionRefusal, paragraphAt, spanIndexAt } from "@/lib/editor/bracket-holds-extension";
import { isLocked } from "@/lib/draft/status";
import { alternativeHere } from "@/lib/editor/propose-alternative";
import { isMemberStateCode } from "@/lib/forum/member-states";
import type { Actor } from "@/lib/negotiation/bracket-ranges";

export interface CaretSpan {
  index: number;
  kind: string;
  label: string | null;
  text: string;
  states: string[];
}

export interface Caret {
  hasSelection: boolean;
  inParagraph: boolean;
  locked: boolean;
  span: CaretSpan | null;
  /** The alternative around the caret, when `span` is a bracket inside one. */
  alternative: CaretSpan | null;
  deletion: { proposedBy: string[]; retainedBy: string[] } | null;
  /** Why the selected words cannot be bracketed; null when they can, or nothing is selected. */
  bracketRefusal: string | null;
  /** "Propose an alternative": possible here, or why not (null: nothing to say, e.g. no caret). */
  proposal: { ok: true; against: string } | { ok: false; reason: string } | null;
}

export const NOTHING: Caret = {
  hasSelection: false,
  inParagraph: false,
  locked: false,
  span: null,
  alternative: null,
  deletion: null,
  bracketRefusal: null,
  proposal: null,
};

const short = (text: string) => (text.length > 40 ? `${text.slice(0, 40)}…` : text);

export function caretOf(editor: Editor | null, actor: Actor, states: readonly string[]): Caret {
  if (!editor) return NOTHING;
  const { state } = editor;
  const hasSelection = !state.selection.empty;
  const paragraph = paragraphAt(state);
  if (!paragraph) return { ...NOTHING, hasSelection };
  const index = spanIndexAt(paragraph, state.selection.from);
  const describe = (at: number): CaretSpan | null => {
    const span = paragraph.spans[at];
    if (!span) return null;
    const label = span.kind === "alternative" ? span.label : null;
    return { index: at, kind: span.kind, label, text: short(span.content), states: span.states };
  };
  let outer = paragraph.spans[index]?.parent ?? null;
  while (outer !== null && paragraph.spans[outer]!.kind !== "alternative") outer = paragraph.spans[outer]!.parent;
  const here = alternativeHere(state, actor);
  const against =
    here && !("refused" in here)
      ? here.target.mode === "group"
        ? `after ${here.target.labels.join(", ")}`
        : here.target.mode === "bracket"
          ? `to [${short(here.target.words)}]`
          : `to “${short(here.target.words)}”`
      : null;
  return {
    hasSelection,
    inParagraph: true,
    locked: isLocked(paragraph.paragraph.status),
    span: describe(index),
    alternative: outer === null ? null : describe(outer),
    deletion: paragraph.holds.deletion,
    bracketRefusal: hasSelection ? bracketSelectionRefusal(state, states, actor) : null,
    proposal:
      here === null
        ? null
        : against
          ? { ok: true, against }
          : { ok: false, reason: (here as { refused: string }).refused },
  };
}

/** "KZ, ru tr" → ["KZ", "RU", "TR"], and the entries that are not Member States. */
export function parseStates(value: string): { states: string[]; unknown: string[] } {
  const entries = value
    .split(/[\s,;]+/)
    .map((entry) => entry.trim().toUpperCase())
    .filter(Boolean);
  return {
    states: [...new Set(entries.filter(isMemberStateCode))],
    unknown: entries.filter((e) => !isMemberStateCode(e)),
  };
}
