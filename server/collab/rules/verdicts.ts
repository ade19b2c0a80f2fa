// What the rules find, in the two shapes the room undoes: before an update is applied (the first
// look: paragraphs and the whole update, read from its structs), and after its trial application
// (the effect: the elements whose changes are undone). Rules only report; the room undoes.
/* eslint-disable @typescript-eslint/no-explicit-any -- Yjs types its shared types with any */
import type * as Y from "yjs";
import type { AcceptedStatusChange } from "./status-changes";

/** The first look's findings, which travel with the update until it is applied and stored. */
export interface FirstLook {
  /** Paragraphs (and the numbering root) whose changes by this update are undone. */
  paragraphs: Set<Y.AbstractType<any>>;
  /** Undone as a whole: it deletes a locked paragraph outright, or creates one with a status. */
  revertWholeUpdate: boolean;
  reasons: string[];
  /** Status changes within the rules, recorded in the status history once they are stored. */
  statusChanges: AcceptedStatusChange[];
}

export const forbids = (look: FirstLook) => look.paragraphs.size > 0 || look.revertWholeUpdate;

export class FirstLookFindings implements FirstLook {
  readonly paragraphs = new Set<Y.AbstractType<any>>();
  revertWholeUpdate = false;
  readonly reasons: string[] = [];
  readonly statusChanges: AcceptedStatusChange[] = [];

  forbid(paragraph: Y.AbstractType<any>, reason: string): void {
    this.paragraphs.add(paragraph);
    this.reason(reason);
  }

  forbidWhole(reason: string): void {
    this.revertWholeUpdate = true;
    this.reason(reason);
  }

  accept(change: AcceptedStatusChange): void {
    this.statusChanges.push(change);
  }

  private reason(reason: string): void {
    if (!this.reasons.includes(reason)) this.reasons.push(reason);
  }
}

/** The judgement of what an update did. */
export interface Verdict {
  /** Elements (paragraphs, sub-paragraphs, lists) whose changes by this update are undone. */
  undo: Set<Y.AbstractType<any>>;
  /** Undo the whole update: a refused change deleted or created a top-level element. */
  whole: boolean;
  reasons: string[];
}

export const emptyVerdict = (): Verdict => ({ undo: new Set(), whole: false, reasons: [] });

export const refuses = (verdict: Verdict) => verdict.whole || verdict.undo.size > 0;

export function mergeVerdicts(judged: Verdict, forced: Verdict | undefined): Verdict {
  if (!forced) return judged;
  return {
    undo: new Set([...judged.undo, ...forced.undo]),
    whole: judged.whole || forced.whole,
    reasons: [...new Set([...forced.reasons, ...judged.reasons])],
  };
}
