// A visible status mark on every paragraph that is not simply open: "✓ Agreed",
// "◐ Ad ref — RU, CN by 12 Dec 2026", "[ ] Bracketed". A word and a sign at the end of the
// paragraph, and the status colour as a rule in the gutter (data-status-mark, components/live-draft/editor-marks.css):
// never colour alone (ui.md). Decorations only, never part of the text.
import { Extension } from "@tiptap/core";
import type { Node as ProseMirrorNode } from "@tiptap/pm/model";
import { Plugin, PluginKey, TextSelection } from "@tiptap/pm/state";
import { Decoration, DecorationSet } from "@tiptap/pm/view";
import { paragraphIndex } from "./paragraph-index";
import { statusMark } from "./paragraph-status";

function markElement(sign: string, words: string, status: string): HTMLElement {
  const mark = document.createElement("span");
  mark.className = `status-mark status-mark--${status}`;
  mark.contentEditable = "false";
  mark.setAttribute("data-status-words", words);
  const signElement = document.createElement("span");
  signElement.setAttribute("aria-hidden", "true");
  signElement.className = "status-mark-sign";
  signElement.textContent = sign;
  mark.append(signElement, ` ${words}`);
  return mark;
}

export function statusMarkDecorations(doc: ProseMirrorNode): DecorationSet {
  const decorations: Decoration[] = [];
  // The document's one paragraph index (paragraph-index.ts): the displayed status is read there.
  for (const { node, pos, display: status, adRef } of paragraphIndex(doc).paragraphs) {
    if (node.type.name !== "paragraph" || status === "open") continue;
    const { sign, words } = statusMark(status, adRef);
    decorations.push(Decoration.node(pos, pos + node.nodeSize, { "data-status-mark": status }));
    decorations.push(
      Decoration.widget(pos + node.nodeSize - 1, () => markElement(sign, words, status), {
        key: `status:${status}:${words}`,
        side: 1,
        ignoreSelection: true,
      }),
    );
  }
  return DecorationSet.create(doc, decorations);
}

const key = new PluginKey<DecorationSet>("statusMarks");

export const StatusMarks = Extension.create({
  name: "statusMarks",
  addProseMirrorPlugins() {
    return [
      new Plugin<DecorationSet>({
        key,
        state: {
          init: (_config, state) => statusMarkDecorations(state.doc),
          apply: (transaction, previous) =>
            transaction.docChanged ? statusMarkDecorations(transaction.doc) : previous,
        },
        props: {
          decorations: (state) => key.getState(state),
          handleDOMEvents: {
            // The mark holds no text, so a click on it would leave the caret where it was and the
            // next keys would land there, in another paragraph. It puts the caret after the
            // paragraph's last word instead, as a click just before the mark would.
            mousedown: (view, event) => {
              const mark = (event.target as Element | null)?.closest?.(".status-mark");
              if (!mark || !view.dom.contains(mark)) return false;
              const at = view.posAtDOM(mark, 0);
              event.preventDefault();
              view.focus();
              view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, at)));
              return true;
            },
          },
        },
      }),
    ];
  },
});
