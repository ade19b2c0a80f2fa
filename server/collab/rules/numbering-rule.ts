// The numbering base (lib/collab/numbering-base.ts) is the chair's and the secretariat's: a
// delegate who could rewrite it could make "OP5" mean another paragraph in the middle of a
// meeting. A change there from anyone else is refused and undone like any other forbidden
// change. Last in the first look: it undoes the numbering root apart from the text.
import { can } from "../../../lib/policy/can";
import { numberingRoot } from "../numbering-root";
import { UnresolvableUpdateError, type IncomingUpdate } from "./incoming-update";
import type { UpdateRule } from "./rule";

export const NUMBERING_REASON = "only the chair or the secretariat renumbers the text";

function touchesNumbering(update: IncomingUpdate): boolean {
  for (const item of update.items()) if (update.isNumberingRoot(update.containerOf(item))) return true;
  return update.deletedItems().some((struct) => update.isNumberingRoot(struct.parent));
}

export const numberingRule: UpdateRule = {
  name: "numbering",

  inspect(update, sender, found) {
    if (can(sender, "renumber") || !touchesNumbering(update)) return;
    // Undoing "as a whole" covers the text only; no honest client sends both in one update.
    if (found.revertWholeUpdate) throw new UnresolvableUpdateError();
    found.forbid(numberingRoot(update.doc), NUMBERING_REASON);
  },

  judge(effect, sender, found) {
    if (can(sender, "renumber")) return;
    const changed = effect.changedNumbering();
    if (changed) found.refuse(changed, NUMBERING_REASON);
  },
};
