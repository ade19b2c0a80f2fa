// Comments, statuses and numbers follow a paragraph's id (`pid`), so it is fixed once given —
// unless another paragraph holds the same one (a copy made by a client that does not name
// paragraphs): then the editor renames one of them.
/* eslint-disable @typescript-eslint/no-explicit-any -- Yjs types its shared types with any */
import * as Y from "yjs";
import { can } from "../../../lib/policy/can";
import type { UpdateRule } from "./rule";

export const ID_REASON = "a paragraph keeps its id";

/** Another element of the text holds `pid` too. */
function heldElsewhere(fragment: Y.AbstractType<any>, element: Y.XmlElement, pid: unknown): boolean {
  const visit = (parent: Y.AbstractType<any>): boolean => {
    for (const child of (parent as Y.XmlElement).toArray()) {
      if (!(child instanceof Y.XmlElement)) continue;
      if ((child !== element && child.getAttribute("pid") === pid) || visit(child)) return true;
    }
    return false;
  };
  return visit(fragment);
}

export const paragraphIdRule: UpdateRule = {
  name: "paragraph id",

  inspect(update, sender, found) {
    if (can(sender, "rename-paragraph")) return;
    for (const item of update.items()) {
      const container = update.containerOf(item);
      if (!(container instanceof Y.XmlElement) || update.paragraphOf(container) !== container) continue;
      if (update.keyOf(item) !== "pid") continue;
      const pid = container.getAttribute("pid");
      if (typeof pid === "string" && pid && !heldElsewhere(update.fragment, container, pid))
        found.forbid(container, ID_REASON);
    }
  },

  judge(effect, sender, found) {
    if (can(sender, "rename-paragraph")) return;
    for (const { type, keys, locked } of effect.changed()) {
      if (locked || !(type instanceof Y.XmlElement) || !keys.has("pid")) continue;
      const before = effect.valueBefore(type, "pid");
      if (before === undefined || before === null || before === "" || before === type.getAttribute("pid")) continue;
      if (!heldElsewhere(effect.fragment, type, before)) found.refuse(type, ID_REASON);
    }
  },
};
