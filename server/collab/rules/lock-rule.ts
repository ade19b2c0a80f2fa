// Agreed and ad ref text is locked: only the chair changes it (after reopening it, or as
// editor of the room's consensus). Locked paragraphs are judged before the update is applied
// from its structs, and after, exactly: a change anchored outside a locked paragraph may still
// land inside it, and deleting a list takes the agreed sub-paragraphs in it along.
/* eslint-disable @typescript-eslint/no-explicit-any -- Yjs types its shared types with any */
import * as Y from "yjs";
import { isLocked as isLockedStatus } from "../../../lib/draft/status";
import { STATUS_KEYS } from "../../../lib/editor/extensions";
import { can } from "../../../lib/policy/can";
import type { UpdateRule } from "./rule";

export const LOCKED_REASON = "the paragraph is agreed and locked";

const isLocked = (paragraph: Y.XmlElement) => isLockedStatus(paragraph.getAttribute("status"));

export const lockRule: UpdateRule = {
  name: "lock",

  inspect(update, sender, found) {
    if (can(sender, "edit-agreed-text")) return;
    for (const item of update.items()) {
      const container = update.containerOf(item);
      if (container === "new" || container === update.fragment || update.isNumberingRoot(container)) continue;
      const paragraph = update.paragraphOf(container);
      if (!paragraph || !isLocked(paragraph)) continue;
      // Its status and its id are judged by their own rules, with their own reasons.
      const key = container instanceof Y.XmlElement ? update.keyOf(item) : null;
      if (key !== null && (STATUS_KEYS.has(key) || key === "pid")) continue;
      found.forbid(paragraph, LOCKED_REASON);
    }
    for (const struct of update.deletedItems()) {
      if (update.isNumberingRoot(struct.parent)) continue;
      if (struct.parent === update.fragment) {
        // A locked paragraph deleted outright can only be undone with the whole update.
        const element = (struct.content as Y.ContentType).type;
        if (element instanceof Y.XmlElement && isLocked(element)) {
          found.forbidWhole(LOCKED_REASON);
          found.forbid(element, LOCKED_REASON);
        }
        continue;
      }
      const paragraph = update.paragraphOf(struct.parent as Y.AbstractType<any>);
      if (paragraph && isLocked(paragraph)) found.forbid(paragraph, LOCKED_REASON);
    }
  },

  judge(effect, sender, found) {
    if (can(sender, "edit-agreed-text")) return;
    for (const { type, locked } of effect.changed()) if (locked) found.refuse(type, LOCKED_REASON);
    for (const element of effect.deletedElements())
      if (effect.lockedBefore(element)) found.refuse(element, LOCKED_REASON);
  },
};
