// "Propose an alternative" in the editor: the selection or the caret read as offsets of its
// paragraph, the plan made by lib/negotiation/alternatives.ts (which says what is proposed
// against, and why a delegate may not), and the transactions that make it.
import type { EditorState, Transaction } from "@tiptap/pm/state";
import type { EditorView } from "@tiptap/pm/view";
import { alternativeTarget, planAlternative, type AlternativeTarget } from "../negotiation/alternatives";
import type { Actor, TextEdit } from "../negotiation/bracket-ranges";
import { serializeHolds } from "../negotiation/holds";
import { paragraphAt, type ParagraphAtCaret } from "./bracket-holds-extension";

export interface AlternativeHere {
  paragraph: ParagraphAtCaret;
  target: AlternativeTarget;
}

/** What the tool would act on at the selection, or why it cannot (a selection over paragraphs, a bracket of others). */
export function alternativeHere(state: EditorState, actor: Actor): AlternativeHere | { refused: string } | null {
  const { from, to } = state.selection;
  const paragraph = paragraphAt(state, from);
  if (!paragraph) return null;
  if (to > paragraph.pos + paragraph.node.nodeSize - 1)
    return { refused: "Select words within one paragraph to propose an alternative to them." };
  const offset = (at: number) => at - paragraph.pos - 1;
  const target = alternativeTarget(paragraph.text, paragraph.holds, offset(from), offset(to), actor);
  return "refused" in target ? target : { paragraph, target };
}

/**
 * The transactions that propose `wording` where the selection is, backed by `states`, to be
 * dispatched in turn (`dispatchInTurn`); or why not. The plan is made again on the state as it
 * is now: the text may have moved since the form opened.
 *
 * Several transactions, because of how the collaboration binding writes a paragraph's change:
 * as one replacement from the first character that differs to the last (a prefix/suffix diff
 * of the old and new text). Two insertions around a bracket in one transaction would delete
 * and retype the bracket's words between them — which the server refuses when another state
 * holds them, and which would lose a colleague's typing there. So each insertion is its own
 * transaction, the last first (with the holds), so that earlier offsets still hold; the
 * binding's undo groups them into one step. See `dispatchOrder` for the other half.
 */
export function proposeAlternative(
  state: EditorState,
  actor: Actor,
  wording: string,
  states: readonly string[],
): { steps: ((state: EditorState) => Transaction)[]; label: string } | { refused: string } {
  const here = alternativeHere(state, actor);
  if (!here) return { refused: "Put the caret in a paragraph first." };
  if ("refused" in here) return here;
  const { paragraph, target } = here;
  const plan = planAlternative(paragraph.text, paragraph.holds, target, wording, states);
  if ("refused" in plan) return plan;
  const at = (offset: number) => paragraph.pos + 1 + offset;
  const steps = dispatchOrder(paragraph.text, plan.edits).map((edit, index) => (current: EditorState) => {
    const tr = current.tr.insertText(edit.insert, at(edit.from), at(edit.to));
    return index === 0 ? tr.setNodeAttribute(paragraph.pos, "holds", serializeHolds(plan.holds)) : tr;
  });
  return { steps, label: plan.label };
}

/**
 * The edits (insertions) one at a time, in the order to dispatch them: from the last back, and
 * an insertion that begins with the very character after it ("[Alt 1: " before a "[") split in
 * two, its tail first. The diff finds the longest common prefix, so inserting "[Alt 1: " before
 * "[combat]" in one go reads as "Alt 1: [" typed just inside "[" — in another state's bracket.
 */
export function dispatchOrder(text: string, edits: readonly TextEdit[]): TextEdit[] {
  return [...edits]
    .sort((a, b) => b.from - a.from)
    .flatMap((edit) =>
      edit.from === edit.to && edit.insert.length > 1 && edit.insert[0] === text[edit.to]
        ? [
            { ...edit, insert: edit.insert.slice(1) },
            { ...edit, insert: edit.insert[0]! },
          ]
        : [edit],
    );
}

/** Dispatches each step on the state the one before left. */
export function dispatchInTurn(view: EditorView, steps: readonly ((state: EditorState) => Transaction)[]): void {
  for (const step of steps) view.dispatch(step(view.state));
}
