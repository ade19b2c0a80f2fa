// In the browser, agreed and ad ref paragraphs cannot be changed by anyone but the chair, and
// nobody but the chair changes a paragraph's status. The collaboration server enforces the same
// rules (server/collab/paragraph-guard.ts); this only spares people edits that would be undone.
import { Extension } from "@tiptap/core";
import type { Node as ProseMirrorNode } from "@tiptap/pm/model";
import { Plugin, PluginKey, type Transaction } from "@tiptap/pm/state";
import { ySyncPluginKey } from "@tiptap/y-tiptap";
import { LOCKED_STATUSES, STATUS_KEYS } from "./extensions";

/** Whether a local transaction changes a locked paragraph or any paragraph's status. */
export function breaksLocks(doc: ProseMirrorNode, transaction: Transaction): boolean {
  let breaks = false;
  for (const step of transaction.steps) {
    step.getMap().forEach((oldStart, oldEnd) => {
      doc.nodesBetween(oldStart, oldEnd, (node, pos) => {
        if (breaks || node.type.name !== "paragraph") return !breaks;
        const inside = oldEnd > pos && oldStart < pos + node.nodeSize;
        const touchesContent = oldStart > pos && oldEnd < pos + node.nodeSize;
        if (inside && (touchesContent || oldEnd - oldStart > 0) && LOCKED_STATUSES.has(node.attrs.status))
          breaks = true;
        return false;
      });
    });
    if (breaks) return true;
  }
  // Attribute steps (setNodeMarkup, setNodeAttribute) leave no range in the step map.
  const after = transaction.doc;
  if (after.childCount === doc.childCount) {
    doc.forEach((node, _offset, index) => {
      const next = after.child(index);
      if (node.type.name !== "paragraph" || next.type.name !== "paragraph") return;
      // The status and its ad ref details are the chair's.
      for (const key of STATUS_KEYS) if ((node.attrs[key] ?? null) !== (next.attrs[key] ?? null)) breaks = true;
    });
  }
  return breaks;
}

const key = new PluginKey("lockedParagraphs");

export const LockedParagraphs = Extension.create<{ canEditLocked: boolean }>({
  name: "lockedParagraphs",
  addOptions() {
    return { canEditLocked: false };
  },
  addProseMirrorPlugins() {
    const { canEditLocked } = this.options;
    return [
      new Plugin({
        key,
        filterTransaction: (transaction, state) => {
          if (canEditLocked || !transaction.docChanged) return true;
          // Changes arriving from the shared document are the server's word: always shown.
          if (transaction.getMeta(ySyncPluginKey)?.isChangeOrigin) return true;
          return !breaksLocks(state.doc, transaction);
        },
      }),
    ];
  },
});
