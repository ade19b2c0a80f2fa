// The editor knows the rules the collaboration server enforces, and asks them before it takes a
// change of one's own: a forbidden edit never happens locally, so the server never has to undo
// it (and throw the caret somewhere else meanwhile), and the person is told why, where they
// typed. The server's undo stays the backstop (server/collab/rules/).
import { Extension } from "@tiptap/core";
import { Plugin, PluginKey } from "@tiptap/pm/state";
import type { EditorView } from "@tiptap/pm/view";
import { ySyncPluginKey } from "@tiptap/y-tiptap";
import type { Role } from "../auth/session-user";
import { can } from "../policy/can";
import { heldWordsReason } from "./held-words";
import { lockReason, type NumberAt } from "./locked-paragraphs";

export interface KnownRulesOptions {
  /** Who may change locked paragraphs and any bracket's words is the policy's answer (lib/policy). */
  role: Role;
  /** The delegate's Member State, whose holds and brackets are their own. */
  memberState: string | null;
  /** Told why a keystroke or a paste was not taken, where it happened (not during the dispatch). */
  onRefused: ((message: string) => void) | null;
}

const key = new PluginKey("knownRules");

export const KnownRules = Extension.create<KnownRulesOptions>({
  name: "knownRules",
  addOptions() {
    return { role: "OBSERVER", memberState: null, onRefused: null };
  },
  addProseMirrorPlugins() {
    const { role, memberState, onRefused } = this.options;
    const mayEditAgreed = can({ role }, "edit-agreed-text");
    const mayChangeHeldWords = can({ role }, "change-held-words");
    let view: EditorView | null = null;
    // The number the margin shows ("OP3"), as paragraph-numbers-extension.ts drew it.
    const numberAt: NumberAt = (pos) => {
      const dom = view?.nodeDOM(pos);
      return dom instanceof HTMLElement ? dom.getAttribute("data-number") : null;
    };
    return [
      new Plugin({
        key,
        view: (editorView) => {
          view = editorView;
          return { destroy: () => void (view = null) };
        },
        filterTransaction: (transaction, state) => {
          if ((mayEditAgreed && mayChangeHeldWords) || !transaction.docChanged) return true;
          // Changes arriving from the shared document are the server's word: always shown.
          if (transaction.getMeta(ySyncPluginKey)?.isChangeOrigin) return true;
          const reason =
            (mayEditAgreed ? null : lockReason(state.doc, transaction, numberAt)) ??
            (mayChangeHeldWords ? null : heldWordsReason(state.doc, transaction.doc, memberState));
          // Refused silently, a keystroke looks lost: say why, once the editor is done dispatching.
          if (reason && onRefused) queueMicrotask(() => onRefused(reason));
          return reason === null;
        },
      }),
    ];
  },
});
