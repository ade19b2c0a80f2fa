// Whether a paragraph is preambular or operative decides its number (PP3 or OP3): the chair's
// or the secretariat's to change, like the numbering itself.
import * as Y from "yjs";
import { can } from "../../../lib/policy/can";
import type { UpdateRule } from "./rule";

export const KIND_REASON = "only the chair or the secretariat changes whether a paragraph is preambular or operative";

export const kindRule: UpdateRule = {
  name: "kind",

  judge(effect, sender, found) {
    if (can(sender, "set-kind")) return;
    for (const { type, keys, locked } of effect.changed()) {
      if (locked || !(type instanceof Y.XmlElement) || !keys.has("kind")) continue;
      if (effect.valueBefore(type, "kind") !== type.getAttribute("kind")) found.refuse(type, KIND_REASON);
    }
  },
};
