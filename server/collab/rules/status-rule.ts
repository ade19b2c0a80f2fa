// Paragraph status (agreed, ad ref, open) is the chair's to set, within the rules
// (status-changes.ts); anyone else's change of it is refused, and so is a paragraph someone
// else creates already agreed, which would skip the chair.
import * as Y from "yjs";
import { can } from "../../../lib/policy/can";
import { STATUS_KEYS } from "../../../lib/editor/extensions";
import { judgeStatusChanges } from "./status-changes";
import type { UpdateRule } from "./rule";

export const STATUS_REASON = "only the chair sets paragraph status";

const setsStatus = (key: string | null, value: unknown) =>
  key !== null && STATUS_KEYS.has(key) && value !== undefined && value !== null && value !== "open";

export const statusRule: UpdateRule = {
  name: "status",

  inspect(update, sender, found) {
    if (can(sender, "set-status")) {
      const { refused, accepted } = judgeStatusChanges(update);
      for (const [paragraph, reason] of refused) found.forbid(paragraph, reason);
      for (const change of accepted) found.accept(change);
      return;
    }
    for (const item of update.items()) {
      const container = update.containerOf(item);
      if (container === "new") {
        const value = item.content instanceof Y.ContentAny ? item.content.arr[0] : undefined;
        if (setsStatus(update.keyOf(item), value)) found.forbidWhole(STATUS_REASON);
        continue;
      }
      // A paragraph's status, or a sub-paragraph's: both are the chair's.
      if (!(container instanceof Y.XmlElement) || !STATUS_KEYS.has(update.keyOf(item) ?? "")) continue;
      const paragraph = update.paragraphOf(container);
      if (paragraph) found.forbid(paragraph, STATUS_REASON);
    }
  },

  judge(effect, sender, found) {
    if (can(sender, "set-status")) return;
    for (const item of effect.newItems()) {
      const parent = item.parent as Y.AbstractType<unknown>;
      const content = item.content;
      if (item.parentSub === null || !effect.isNew(parent) || !(content instanceof Y.ContentAny)) continue;
      if (setsStatus(item.parentSub, content.arr[0])) found.refuse(parent, STATUS_REASON);
    }
    for (const { type, keys, locked } of effect.changed()) {
      if (locked || !(type instanceof Y.XmlElement)) continue; // locked: the lock rule's
      for (const key of keys)
        if (key !== null && STATUS_KEYS.has(key) && effect.valueBefore(type, key) !== type.getAttribute(key))
          found.refuse(type, STATUS_REASON);
    }
  },
};
