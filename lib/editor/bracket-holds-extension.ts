// Brackets in the live text, with the states that hold them. The brackets are the "[" and "]"
// typed in a paragraph (lib/negotiation parses them); who holds each is the paragraph's `holds`
// attribute (lib/negotiation/holds.ts). This shows them (bracket-decorations.ts) and gives the
// editor the changes a delegation makes to them: bracket words, join or withdraw a hold, and
// (the chair) remove a bracket or choose an alternative. The server allows a delegation to
// change only its own state's holds; proposing an alternative is propose-alternative.ts.
import { Extension, type Editor } from "@tiptap/core";
import type { Node as ProseMirrorNode } from "@tiptap/pm/model";
import { Plugin, PluginKey, type EditorState, type Transaction } from "@tiptap/pm/state";
import type { DecorationSet } from "@tiptap/pm/view";
import { bracketMeaning } from "../negotiation/bracket-content";
import { retextAround, type Actor } from "../negotiation/bracket-ranges";
import {
  addAlternativeHold,
  addBracketHold,
  alternativeGroup,
  attributeBrackets,
  dropSpanHold,
  parseHolds,
  serializeHolds,
  setDeletionStance,
  setSpanHold,
  type AttributedSpan,
  type DeletionStance,
  type EditableHolds,
} from "../negotiation/holds";
import { bracketRefusal } from "../negotiation/new-bracket";
import { proseMirrorTree } from "../draft/draft-tree";
import { readParagraphNode, type ParagraphFacts } from "../draft/read-paragraphs";
import { bracketDecorations } from "./bracket-decorations";
import { knownParagraphIndex } from "./paragraph-index";

export { bracketDecorations, deletionLabel, paragraphText } from "./bracket-decorations";

// ---------------------------------------------------------------------------------------------
// Where the caret is: the paragraph, and the innermost bracket around the caret.

export interface ParagraphAtCaret {
  pos: number;
  node: ProseMirrorNode;
  text: string;
  /** The holds as stored, to change them (`paragraph.holds` are the ones that count). */
  holds: EditableHolds;
  spans: AttributedSpan[];
  /** The paragraph as the draft model reads it: stored and displayed status, ad ref, lock. */
  paragraph: ParagraphFacts;
}

export function paragraphAt(state: EditorState, at = state.selection.from): ParagraphAtCaret | null {
  const $pos = state.doc.resolve(at);
  for (let depth = $pos.depth; depth > 0; depth -= 1) {
    const node = $pos.node(depth);
    if (node.type.name !== "paragraph") continue;
    const pos = $pos.before(depth);
    // The editor's paragraph index of this document (paragraph-index.ts), or this node alone.
    const paragraph = knownParagraphIndex(state.doc)?.at(pos) ?? readParagraphNode(proseMirrorTree, node);
    const { text } = paragraph;
    const holds = parseHolds(node.attrs.holds);
    return { pos, node, text, holds, spans: attributeBrackets(text, holds).spans, paragraph };
  }
  return null;
}

/** The innermost bracket whose "[" … "]" holds the caret (index into `spans`), or -1. */
export function spanIndexAt(paragraph: ParagraphAtCaret, at: number): number {
  const offset = at - paragraph.pos - 1;
  let found = -1;
  paragraph.spans.forEach((span, index) => {
    if (span.open <= offset && offset <= span.close + 1) found = index; // later = deeper
  });
  return found;
}

// ---------------------------------------------------------------------------------------------
// Changes (pure: state in, transaction out; null when there is nothing to do).

const charPos = (paragraph: ParagraphAtCaret, offset: number) => paragraph.pos + 1 + offset;

function withHolds(tr: Transaction, paragraph: ParagraphAtCaret, holds: EditableHolds): Transaction {
  return tr.setNodeAttribute(paragraph.pos, "holds", serializeHolds(holds));
}

/** Removes a bracket's "[" and "]" (the words stay). */
function unbracket(tr: Transaction, paragraph: ParagraphAtCaret, span: AttributedSpan): Transaction {
  tr.delete(charPos(paragraph, span.close), charPos(paragraph, span.close) + 1);
  return tr.delete(charPos(paragraph, span.open), charPos(paragraph, span.open) + 1);
}

/** Who acts when nobody says: the chair, whose changes the server never narrows to one state. */
const CHAIR: Actor = { chair: true, state: null };

/** The selection as offsets in its paragraph's text, when it lies within one paragraph. */
function selectionIn(state: EditorState): { paragraph: ParagraphAtCaret; from: number; to: number } | null {
  const { from, to } = state.selection;
  const paragraph = paragraphAt(state, from);
  if (!paragraph || to > paragraph.pos + paragraph.node.nodeSize - 1) return null;
  return { paragraph, from: from - paragraph.pos - 1, to: to - paragraph.pos - 1 };
}

/** Why the selected words may not be bracketed for `states` (lib/negotiation/new-bracket.ts), or null. */
export function bracketSelectionRefusal(
  state: EditorState,
  states: readonly string[],
  actor: Actor = CHAIR,
): string | null {
  const at = state.selection.empty ? null : selectionIn(state);
  return at ? bracketRefusal(at.paragraph.text, at.paragraph.holds, at.from, at.to, actor, states) : null;
}

/** Puts the selected words of one paragraph in brackets, held by `states`. */
export function bracketSelection(
  state: EditorState,
  states: readonly string[],
  actor: Actor = CHAIR,
): Transaction | null {
  const { from, to, empty } = state.selection;
  const at = empty || states.length === 0 ? null : selectionIn(state);
  if (!at) return null;
  const { paragraph } = at;
  const words = paragraph.text.slice(at.from, at.to);
  if (!words.trim() || bracketRefusal(paragraph.text, paragraph.holds, at.from, at.to, actor, states)) return null;
  // A bracket nested in another keeps the outer one's holders: they follow its new words.
  const around = retextAround(paragraph.holds, paragraph.text, paragraph.spans, [
    { from: at.from, to: at.from, insert: "[" },
    { from: at.to, to: at.to, insert: "]" },
  ]);
  const meaning = bracketMeaning(words);
  const holds =
    meaning.kind === "alternative"
      ? addAlternativeHold(around, meaning.label, states)
      : meaning.kind === "deletion"
        ? around // "[delete: RU]" attributes itself
        : addBracketHold(around, words, states);
  const tr = withHolds(state.tr, paragraph, holds);
  tr.insertText("]", to);
  tr.insertText("[", from);
  return tr;
}

/**
 * `code` joins (holding) or withdraws from the bracket at `index`. When nobody holds a bracket of
 * words any more, its brackets go: removing brackets is agreement.
 */
export function setHold(
  state: EditorState,
  paragraph: ParagraphAtCaret,
  index: number,
  code: string,
  holding: boolean,
): Transaction | null {
  const span = paragraph.spans[index];
  if (!span) return null;
  const holds = setSpanHold(
    paragraph.holds,
    { ...span, label: span.kind === "alternative" ? span.label : undefined },
    code,
    holding,
  );
  const tr = withHolds(state.tr, paragraph, holds);
  const nowHeld = holding || span.states.some((held) => held !== code);
  if (!nowHeld && span.kind === "text") unbracket(tr, paragraph, span);
  return tr;
}

/** The chair removes a bracket and whatever holds it. */
export function removeBracket(state: EditorState, paragraph: ParagraphAtCaret, index: number): Transaction | null {
  const span = paragraph.spans[index];
  if (!span) return null;
  const tr = withHolds(state.tr, paragraph, dropSpanHold(paragraph.holds, span));
  return unbracket(tr, paragraph, span);
}

/** The chair chooses an alternative: the whole group of alternatives gives way to its words. */
export function chooseAlternative(state: EditorState, paragraph: ParagraphAtCaret, index: number): Transaction | null {
  const span = paragraph.spans[index];
  if (!span || span.kind !== "alternative") return null;
  const group = alternativeGroup(paragraph.text, paragraph.spans, index).map((i) => paragraph.spans[i]!);
  const first = group[0]!.open;
  const last = group.at(-1)!.close;
  // The group goes, and with it the holds of every bracket in it but those inside the chosen
  // words, which stay in the text ("[Alt 1: [combat]]" chosen leaves "[combat]", still held).
  const gone = paragraph.spans.filter(
    (member) => first <= member.open && member.close <= last && !(span.start < member.open && member.close < span.end),
  );
  // Dropped from the last entry so that the indices of the others stay valid.
  const holds = [...gone]
    .sort((a, b) => (b.hold ?? -1) - (a.hold ?? -1))
    .reduce((current, member) => dropSpanHold(current, member), paragraph.holds);
  const tr = withHolds(state.tr, paragraph, holds);
  const from = charPos(paragraph, first);
  const to = charPos(paragraph, last) + 1;
  return span.body ? tr.insertText(span.body, from, to) : tr.delete(from, to);
}

/** A state proposes deleting the paragraph, asks to retain it, or withdraws its stance. */
export function setDeletion(
  state: EditorState,
  paragraph: ParagraphAtCaret,
  code: string,
  stance: DeletionStance,
): Transaction {
  return withHolds(state.tr, paragraph, setDeletionStance(paragraph.holds, code, stance));
}

// ---------------------------------------------------------------------------------------------

const key = new PluginKey<DecorationSet>("bracketHolds");

export interface BracketHoldsStorage {
  /** Who a new bracket is held by: the delegate's own state, or the states the chair chose. */
  defaultStates: string[];
  /** Who brackets: what they may bracket differs for a delegate and the chair. */
  actor: Actor;
}

/** Who the shortcut brackets for: the delegate's own state, or the states the chair named. */
export function setDefaultBracketStates(editor: Editor, states: readonly string[], actor: Actor): void {
  const storage = (editor.storage as unknown as { bracketHolds?: BracketHoldsStorage }).bracketHolds;
  if (!storage) return;
  storage.defaultStates = [...states];
  storage.actor = actor;
}

export const BracketHolds = Extension.create<Record<string, never>, BracketHoldsStorage>({
  name: "bracketHolds",
  addStorage() {
    return { defaultStates: [], actor: CHAIR };
  },
  addKeyboardShortcuts() {
    return {
      "Mod-Alt-b": ({ editor }) => {
        const tr = bracketSelection(editor.state, this.storage.defaultStates, this.storage.actor);
        if (!tr) return false;
        editor.view.dispatch(tr);
        return true;
      },
    };
  },
  addProseMirrorPlugins() {
    return [
      new Plugin<DecorationSet>({
        key,
        state: {
          init: (_config, state) => bracketDecorations(state.doc),
          apply: (transaction, previous) => (transaction.docChanged ? bracketDecorations(transaction.doc) : previous),
        },
        props: { decorations: (state) => key.getState(state) },
      }),
    ];
  },
});
