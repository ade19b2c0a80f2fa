// The rules of the live text, in the order the room runs them. The order matters only for the
// numbering rule, which must see whether the others already refuse the whole update.
import type * as Y from "yjs";
import { bracketWordsRule } from "./bracket-words-rule";
import { contentRule } from "./content-rule";
import { firstLook, type FirstLookContext } from "./first-look";
import { holdsRule } from "./holds-rule";
import type { DecodedUpdate } from "./incoming-update";
import { judgeEffect } from "./judge-effect";
import { kindRule } from "./kind-rule";
import { lockRule } from "./lock-rule";
import { numberingRule } from "./numbering-rule";
import { paragraphIdRule } from "./paragraph-id-rule";
import type { Sender, UpdateRule } from "./rule";
import { statusRule } from "./status-rule";
import type { FirstLook, Verdict } from "./verdicts";

export const RULES: readonly UpdateRule[] = [
  contentRule,
  statusRule,
  paragraphIdRule,
  kindRule,
  lockRule,
  holdsRule,
  bracketWordsRule,
  numberingRule,
];

/** Every rule's first look at an update as it arrives (first-look.ts). */
export function inspectUpdate(
  doc: Y.Doc,
  decoded: DecodedUpdate,
  sender: Sender,
  context?: FirstLookContext,
): FirstLook {
  return firstLook(doc, decoded, sender, RULES, context);
}

/** Every rule's judgement of what an applied update did (judge-effect.ts). */
export function judgeTransaction(tr: Y.Transaction, sender: Sender): Verdict {
  return judgeEffect(tr, sender, RULES);
}

export type { Sender, UpdateRule } from "./rule";
export type { FirstLook, Verdict } from "./verdicts";
export { UnresolvableUpdateError, type DecodedUpdate } from "./incoming-update";
