// The second look: every rule's `judge` over what an update did once applied on trial (the room
// undoes what they refuse, judged-apply.ts).
/* eslint-disable @typescript-eslint/no-explicit-any -- Yjs types its shared types with any */
import type * as Y from "yjs";
import { AppliedUpdate, isParagraphLike } from "./applied-update";
import type { Sender, UpdateRule } from "./rule";
import { emptyVerdict, type Verdict } from "./verdicts";

export class EffectFindings {
  readonly verdict = emptyVerdict();

  constructor(private readonly effect: AppliedUpdate) {}

  /**
   * Undo this update's changes in the nearest paragraph around `type` (or its list); when that
   * element is itself created or deleted by the update, in what holds it; at the top, everything.
   */
  refuse(type: Y.AbstractType<any>, reason: string): void {
    this.reason(reason);
    const { fragment } = this.effect;
    let root = type;
    while (root._item) root = root._item.parent as Y.AbstractType<any>;
    if (root !== fragment) {
      this.verdict.undo.add(root); // the numbering base: undone as one
      return;
    }
    let unit: Y.AbstractType<any> | null = type;
    while (unit && unit !== fragment && !isParagraphLike(unit) && unit._item?.parent !== fragment)
      unit = unit._item ? (unit._item.parent as Y.AbstractType<any>) : null;
    while (unit && unit !== fragment && unit._item && (unit._item.deleted || this.effect.isNew(unit)))
      unit = unit._item.parent as Y.AbstractType<any>;
    if (!unit || unit === fragment || unit._item === null) {
      this.verdict.whole = true;
      return;
    }
    this.verdict.undo.add(unit);
  }

  refuseWhole(reason: string): void {
    this.verdict.whole = true;
    this.reason(reason);
  }

  private reason(reason: string): void {
    if (!this.verdict.reasons.includes(reason)) this.verdict.reasons.push(reason);
  }
}

export function judgeEffect(tr: Y.Transaction, sender: Sender, rules: readonly UpdateRule[]): Verdict {
  const effect = new AppliedUpdate(tr);
  const found = new EffectFindings(effect);
  for (const rule of rules) rule.judge?.(effect, sender, found);
  return found.verdict;
}
