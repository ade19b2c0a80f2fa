// In the browser, agreed and ad ref paragraphs cannot be changed by anyone but the chair, and
// nobody but the chair changes a paragraph's status. The collaboration server enforces the same
// rules (server/collab/effect-judge.ts); this spares people edits that would be undone, and tells
// them why a keystroke was not taken.
import { Extension } from "@tiptap/core";
import type { Node as ProseMirrorNode } from "@tiptap/pm/model";
import { Plugin, PluginKey, type Transaction } from "@tiptap/pm/state";
import { ySyncPluginKey } from "@tiptap/y-tiptap";
import { LOCKED_STATUSES, STATUS_KEYS } from "./extensions";

/** What a person is told when the editor does not take a change, by the paragraph's status. */
export function lockedMessage(status: string): string {
  return status === "agreed_ad_ref"
    ? "This paragraph is agreed ad ref: only the chair can change it."
    : "This paragraph is agreed: only the chair can change it.";
}
export const STATUS_MESSAGE = "Only the chair sets a paragraph's status.";

/** Whether a local transaction changes a locked paragraph or any paragraph's status. */
export function breaksLocks(doc: ProseMirrorNode, transaction: Transaction): boolean {
  return lockReason(doc, transaction) !== null;
}

/** Why a local transaction may not be made (a locked paragraph, a status), or null when it may. */
export function lockReason(doc: ProseMirrorNode, transaction: Transaction): string | null {
  let breaks: string | null = null;
  for (const step of transaction.steps) {
    step.getMap().forEach((oldStart, oldEnd) => {
      doc.nodesBetween(oldStart, oldEnd, (node, pos) => {
        if (breaks || node.type.name !== "paragraph") return !breaks;
        const inside = oldEnd > pos && oldStart < pos + node.nodeSize;
        const touchesContent = oldStart > pos && oldEnd < pos + node.nodeSize;
        if (inside && (touchesContent || oldEnd - oldStart > 0) && LOCKED_STATUSES.has(node.attrs.status))
          breaks = lockedMessage(node.attrs.status as string);
        return false;
      });
    });
    if (breaks) return breaks;
  }
  // Attribute steps (setNodeMarkup, setNodeAttribute) leave no range in the step map.
  const after = transaction.doc;
  if (after.childCount === doc.childCount) {
    doc.forEach((node, _offset, index) => {
      const next = after.child(index);
      if (node.type.name !== "paragraph" || next.type.name !== "paragraph") return;
      // The status and its ad ref details are the chair's.
      for (const key of STATUS_KEYS)
        if ((node.attrs[key] ?? null) !== (next.attrs[key] ?? null)) breaks = STATUS_MESSAGE;
    });
  }
  return breaks;
}

const key = new PluginKey("lockedParagraphs");

export interface LockedParagraphsOptions {
  canEditLocked: boolean;
  /** Told why a keystroke or a paste was not taken, where it happened (not during the dispatch). */
  onRefused: ((message: string) => void) | null;
}

export const LockedParagraphs = Extension.create<LockedParagraphsOptions>({
  name: "lockedParagraphs",
  addOptions() {
    return { canEditLocked: false, onRefused: null };
  },
  addProseMirrorPlugins() {
    const { canEditLocked, onRefused } = this.options;
    return [
      new Plugin({
        key,
        filterTransaction: (transaction, state) => {
          if (canEditLocked || !transaction.docChanged) return true;
          // Changes arriving from the shared document are the server's word: always shown.
          if (transaction.getMeta(ySyncPluginKey)?.isChangeOrigin) return true;
          const reason = lockReason(state.doc, transaction);
          // Refused silently, a keystroke looks lost: say why, once the editor is done dispatching.
          if (reason && onRefused) queueMicrotask(() => onRefused(reason));
          return reason === null;
        },
      }),
    ];
  },
});
