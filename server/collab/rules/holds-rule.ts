// A delegation speaks only for itself: it may add or withdraw its own Member State's holds on a
// paragraph's brackets (the `holds` attribute, lib/negotiation/holds.ts), never another state's;
// the chair records the room's. Judged before the update is applied (holds-changes.ts).
import * as Y from "yjs";
import { can } from "../../../lib/policy/can";
import { HOLDS_KEY, HOLDS_REASON, HoldsChanges } from "./holds-changes";
import type { UpdateRule } from "./rule";

export const holdsRule: UpdateRule = {
  name: "holds",

  inspect(update, sender, found) {
    if (can(sender, "hold-for-others")) return;
    const holds = new HoldsChanges(update);
    for (const item of update.items()) {
      const container = update.containerOf(item);
      // Only an entry of an element's own attribute map can be `holds`: typing never gets here.
      if ((container === "new" || container instanceof Y.XmlElement) && update.keyOf(item) === HOLDS_KEY)
        holds.add(container, item);
    }
    for (const struct of update.deletedItems())
      if (struct.parentSub === HOLDS_KEY && struct.parent instanceof Y.XmlElement) holds.clear(struct.parent);
    if (holds.empty) return;
    const refused = holds.refused(sender.memberStateCode ?? null);
    for (const paragraph of refused.paragraphs) found.forbid(paragraph, HOLDS_REASON);
    if (refused.inNewParagraph) found.forbidWhole(HOLDS_REASON);
  },
};
