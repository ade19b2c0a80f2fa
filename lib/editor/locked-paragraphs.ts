// Agreed and ad ref paragraphs cannot be changed by anyone but the chair, and nobody but the
// chair changes a paragraph's status. The collaboration server enforces the same rules
// (server/collab/rules/); the editor asks this before it takes a change
// (known-rules-extension.ts).
import type { Node as ProseMirrorNode } from "@tiptap/pm/model";
import type { Transaction } from "@tiptap/pm/state";
import { isLocked } from "../draft/status";
import { STATUS_KEYS } from "./extensions";
import { paragraphIndex } from "./paragraph-index";

/**
 * What a person is told when the editor does not take a change, by the paragraph's status and,
 * where the margin shows one, its number ("OP3 is agreed: only the chair can change it.").
 */
export function lockedMessage(status: string, number: string | null = null): string {
  const subject = number ?? "This paragraph";
  return status === "agreed_ad_ref"
    ? `${subject} is agreed ad ref: only the chair can change it.`
    : `${subject} is agreed: only the chair can change it.`;
}

/** The number the margin shows for the paragraph at a position, when the editor can say. */
export type NumberAt = (pos: number) => string | null;
export const STATUS_MESSAGE = "Only the chair sets a paragraph's status.";

/** Whether a local transaction changes a locked paragraph or any paragraph's status. */
export function breaksLocks(doc: ProseMirrorNode, transaction: Transaction): boolean {
  return lockReason(doc, transaction) !== null;
}

/** Why a local transaction may not be made (a locked paragraph, a status), or null when it may. */
export function lockReason(
  doc: ProseMirrorNode,
  transaction: Transaction,
  numberAt: NumberAt = () => null,
): string | null {
  let breaks: string | null = null;
  for (const step of transaction.steps) {
    step.getMap().forEach((oldStart, oldEnd) => {
      doc.nodesBetween(oldStart, oldEnd, (node, pos) => {
        if (breaks || node.type.name !== "paragraph") return !breaks;
        const inside = oldEnd > pos && oldStart < pos + node.nodeSize;
        const touchesContent = oldStart > pos && oldEnd < pos + node.nodeSize;
        if (inside && (touchesContent || oldEnd - oldStart > 0) && isLocked(node.attrs.status))
          breaks = lockedMessage(node.attrs.status as string, numberAt(pos));
        return false;
      });
    });
    if (breaks) return breaks;
  }
  // Attribute steps (setNodeMarkup, setNodeAttribute) leave no range in the step map.
  // The top-level paragraphs, from the document's one paragraph index (paragraph-index.ts).
  const after = transaction.doc;
  if (after.childCount === doc.childCount) {
    for (const { node, level, top } of paragraphIndex(doc).paragraphs) {
      const next = after.child(top);
      if (level !== 0 || node.type.name !== "paragraph" || next.type.name !== "paragraph") continue;
      // The status and its ad ref details are the chair's.
      for (const key of STATUS_KEYS)
        if ((node.attrs[key] ?? null) !== (next.attrs[key] ?? null)) breaks = STATUS_MESSAGE;
    }
  }
  return breaks;
}
