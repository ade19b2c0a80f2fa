// Brackets in the live text, with the states that hold them. The brackets are the "[" and "]"
// typed in a paragraph (lib/negotiation parses them); who holds each is the paragraph's `holds`
// attribute (lib/negotiation/holds.ts). This shows them — the bracketed words set off, a small
// label of state codes after each, an unbalanced bracket flagged, a deletion proposal at the
// head of its paragraph — and gives the editor the changes a delegation makes to them:
// bracket words, join or withdraw a hold, and (the chair) remove a bracket or choose an
// alternative. The server allows a delegation to change only its own state's holds.
import { Extension, type Editor } from "@tiptap/core";
import type { Node as ProseMirrorNode } from "@tiptap/pm/model";
import { Plugin, PluginKey, type EditorState, type Transaction } from "@tiptap/pm/state";
import { Decoration, DecorationSet } from "@tiptap/pm/view";
import { bracketMeaning } from "../negotiation/bracket-content";
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

/** A paragraph's text as the model reads it (a line break is one "\n", one position). */
export function paragraphText(node: ProseMirrorNode): string {
  return node.textBetween(0, node.content.size, "", "\n");
}

const stateList = (states: readonly string[]) => states.join(" ");

// ---------------------------------------------------------------------------------------------
// Decorations (pure).

export function bracketDecorations(doc: ProseMirrorNode): DecorationSet {
  const decorations: Decoration[] = [];
  doc.descendants((node, pos) => {
    if (node.type.name !== "paragraph") return true;
    const holds = parseHolds(node.attrs.holds);
    const text = paragraphText(node);
    const start = pos + 1; // the paragraph's first character
    const { spans, unbalanced } = attributeBrackets(text, holds);
    for (const span of spans) {
      const classes = ["bracket", `bracket--${span.kind}`];
      if (span.states.length === 0) classes.push("bracket--unattributed");
      decorations.push(
        Decoration.inline(start + span.open, start + span.close + 1, {
          class: classes.join(" "),
          "data-depth": String(span.depth),
          ...(span.states.length > 0 ? { "data-held-by": stateList(span.states) } : {}),
        }),
      );
      if (span.states.length > 0 && span.kind !== "deletion") {
        const label = span.kind === "alternative" ? `${span.label}: ${stateList(span.states)}` : stateList(span.states);
        decorations.push(
          Decoration.widget(start + span.close + 1, () => holdLabel(label, span.states), {
            side: -1,
            key: `hold-${start + span.open}-${label}`,
            ignoreSelection: true,
          }),
        );
      }
    }
    for (const problem of unbalanced) {
      decorations.push(
        Decoration.inline(start + problem.offset, start + problem.offset + 1, {
          class: "bracket-unbalanced",
          title: problem.kind === "unclosed" ? "This bracket is never closed" : "This bracket was never opened",
        }),
      );
    }
    const deletion = holds.deletion;
    if (deletion && deletion.proposedBy.length > 0) {
      const text = deletionLabel(deletion);
      decorations.push(
        Decoration.widget(start, () => deletionWidget(text), {
          side: -1,
          key: `deletion-${pos}-${text}`,
          ignoreSelection: true,
        }),
      );
    }
    return false;
  });
  return DecorationSet.create(doc, decorations);
}

/** "IN, EG: delete · AZ, CN: retain" — the compilation-text wording. */
export function deletionLabel(deletion: { proposedBy: readonly string[]; retainedBy: readonly string[] }): string {
  const parts = [`${deletion.proposedBy.join(", ")}: delete`];
  if (deletion.retainedBy.length > 0) parts.push(`${deletion.retainedBy.join(", ")}: retain`);
  return parts.join(" · ");
}

function holdLabel(text: string, states: readonly string[]): HTMLElement {
  const label = document.createElement("span");
  label.className = "bracket-label";
  label.contentEditable = "false";
  label.textContent = text;
  label.setAttribute("aria-label", `held by ${states.join(", ")}`);
  return label;
}

function deletionWidget(text: string): HTMLElement {
  const label = document.createElement("span");
  label.className = "bracket-deletion";
  label.contentEditable = "false";
  label.textContent = text;
  return label;
}

// ---------------------------------------------------------------------------------------------
// Where the caret is: the paragraph, and the innermost bracket around the caret.

export interface ParagraphAtCaret {
  pos: number;
  node: ProseMirrorNode;
  text: string;
  holds: EditableHolds;
  spans: AttributedSpan[];
}

export function paragraphAt(state: EditorState, at = state.selection.from): ParagraphAtCaret | null {
  const $pos = state.doc.resolve(at);
  for (let depth = $pos.depth; depth > 0; depth -= 1) {
    const node = $pos.node(depth);
    if (node.type.name !== "paragraph") continue;
    const text = paragraphText(node);
    const holds = parseHolds(node.attrs.holds);
    return { pos: $pos.before(depth), node, text, holds, spans: attributeBrackets(text, holds).spans };
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

/** Puts the selected words of one paragraph in brackets, held by `states`. */
export function bracketSelection(state: EditorState, states: readonly string[]): Transaction | null {
  const { from, to, empty } = state.selection;
  if (empty || states.length === 0) return null;
  const paragraph = paragraphAt(state, from);
  if (!paragraph || to > paragraph.pos + paragraph.node.nodeSize - 1) return null; // within one paragraph
  const words = state.doc.textBetween(from, to, "", "\n");
  if (!words.trim()) return null;
  const meaning = bracketMeaning(words);
  const holds =
    meaning.kind === "alternative"
      ? addAlternativeHold(paragraph.holds, meaning.label, states)
      : meaning.kind === "deletion"
        ? paragraph.holds // "[delete: RU]" attributes itself
        : addBracketHold(paragraph.holds, words, states);
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
  // Drop the group's holds from the last so that indices stay valid.
  const holds = [...group]
    .sort((a, b) => (b.hold ?? -1) - (a.hold ?? -1))
    .reduce((current, member) => dropSpanHold(current, member), paragraph.holds);
  const tr = withHolds(state.tr, paragraph, holds);
  const from = charPos(paragraph, group[0]!.open);
  const to = charPos(paragraph, group.at(-1)!.close) + 1;
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
}

/** Who the shortcut brackets for: the delegate's own state, or the states the chair named. */
export function setDefaultBracketStates(editor: Editor, states: readonly string[]): void {
  const storage = (editor.storage as unknown as { bracketHolds?: BracketHoldsStorage }).bracketHolds;
  if (storage) storage.defaultStates = [...states];
}

export const BracketHolds = Extension.create<Record<string, never>, BracketHoldsStorage>({
  name: "bracketHolds",
  addStorage() {
    return { defaultStates: [] };
  },
  addKeyboardShortcuts() {
    return {
      "Mod-Alt-b": ({ editor }) => {
        const tr = bracketSelection(editor.state, this.storage.defaultStates);
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
