// Applies an accepted update to the room's doc and judges what it did (rules/): what
// the sender may not do is undone at once, paragraph by paragraph, and the net effect is what
// the room stores and sends. Nothing of the update is kept anywhere else:
// - structs Yjs cannot place yet (a clock gap, an origin the server never saw) would wait in the
//   doc's pending store and land later, unjudged, when the missing part arrives: they are
//   dropped, and the sender is asked to sync again (an honest client then resends them whole);
// - text that is refused is stored only as what is left of it: deleted items without content.
/* eslint-disable @typescript-eslint/no-explicit-any -- Yjs types its shared types with any */
import * as Y from "yjs";
import { DRAFT_FIELD } from "../../lib/editor/extensions";
import { before, contentOf, restoreContent, type NodeContent } from "./block-content";
import { numberingRoot } from "./numbering-root";
import { judgeTransaction, type Sender } from "./rules";
import { emptyVerdict, mergeVerdicts, refuses, type Verdict } from "./rules/verdicts";

/** Origin of an update applied on trial, to be judged. */
const TRIAL = Symbol("update on trial");
/** Origin of the server's own repair after an undo that did not put everything back exactly. */
const REPAIR = Symbol("repair after a refusal");

export interface Judged {
  /** What the update changed, net of anything undone, to store and send; null: nothing. */
  produced: Uint8Array | null;
  /** What was refused and why; null: everything stood. */
  refused: Verdict | null;
  /** Part of the update could not be placed and was dropped: the sender must sync again. */
  dropped: boolean;
}

export class JudgedApply {
  private readonly undo: Y.UndoManager;
  private readonly scope: Y.AbstractType<any>[];

  constructor(private readonly doc: Y.Doc) {
    // Created once per room: it must be listening before the update is applied to undo it, and
    // it keeps deleted items from being collected until the judgement is known.
    this.scope = [doc.getXmlFragment(DRAFT_FIELD), numberingRoot(doc)];
    this.undo = new Y.UndoManager(this.scope, { trackedOrigins: new Set([TRIAL]), captureTimeout: 0 });
  }

  /** `forced`: what the rules' first look already refused (rules/first-look.ts), undone with the rest. */
  apply(update: Uint8Array, sender: Sender, forced?: Verdict): Judged {
    const doc = this.doc;
    let verdict: Verdict | null = null;
    /** What the refused elements held before the update, to check the undo against. */
    let held = new Map<Y.AbstractType<any>, NodeContent>();
    /** The deletions Yjs's undo may bring back (see `redoableDeletions`). */
    let redoable: Y.Transaction["deleteSet"] | null = null;
    let trialUpdate: Uint8Array | null = null;
    let beforeState: Map<number, number> | null = null;
    const deleteSets: Y.Transaction["deleteSet"][] = [];
    const onTransaction = (tr: Y.Transaction) => {
      deleteSets.push(tr.deleteSet);
      if (tr.origin !== TRIAL) return;
      beforeState = tr.beforeState;
      verdict = mergeVerdicts(judgeTransaction(tr, sender), forced);
      if (refuses(verdict)) {
        held = this.heldBefore(tr, verdict);
        redoable = redoableDeletions(tr);
      }
    };
    const onUpdate = (update: Uint8Array, origin: unknown) => {
      if (origin === TRIAL) trialUpdate = update;
    };
    doc.on("afterTransaction", onTransaction);
    doc.on("update", onUpdate);
    let dropped = false;
    let refused: Verdict | null = null;
    try {
      Y.applyUpdate(doc, update, TRIAL);
      dropped = dropPending(doc);
      const judged = verdict ?? mergeVerdicts(emptyVerdict(), forced);
      if (refuses(judged)) {
        refused = judged;
        this.undoTrial(judged, redoable);
        doc.transact(() => {
          for (const [element, content] of held) if (!element._item?.deleted) restoreContent(element, content);
        }, REPAIR);
      }
    } finally {
      doc.off("afterTransaction", onTransaction);
      doc.off("update", onUpdate);
      this.undo.clear();
      // What the undo manager kept for the judgement can go now, as Yjs would have let it go.
      for (const ds of deleteSets) Y.tryGc(ds, doc.store, doc.gcFilter);
    }
    let produced: Uint8Array | null = trialUpdate;
    if (refused && beforeState) {
      // Everything new since before the trial, with refused text reduced to deleted items.
      const since = Y.encodeStateVector(beforeState);
      produced = Y.encodeStateAsUpdate(doc, since);
      if (
        Y.encodeStateVector(doc).length === since.length &&
        sameState(doc, beforeState) &&
        !changedDeletes(deleteSets)
      )
        produced = null;
    }
    return { produced, refused, dropped };
  }

  /** The content of every element the verdict undoes (the whole text for a whole refusal). */
  private heldBefore(tr: Y.Transaction, verdict: Verdict): Map<Y.AbstractType<any>, NodeContent> {
    const units = verdict.whole ? [this.scope[0]!] : [...verdict.undo];
    const held = new Map<Y.AbstractType<any>, NodeContent>();
    for (const unit of units)
      if (unit instanceof Y.XmlElement || unit instanceof Y.XmlFragment) held.set(unit, contentOf(unit, before(tr)));
    return held;
  }

  private undoTrial(verdict: Verdict, redoable: Y.Transaction["deleteSet"] | null): void {
    const trial = this.undo.undoStack[this.undo.undoStack.length - 1];
    if (trial && redoable) trial.deletions = redoable;
    this.undo.scope = verdict.whole ? [...this.scope] : [...verdict.undo];
    try {
      this.undo.undo();
    } finally {
      this.undo.scope = [...this.scope];
    }
  }

  destroy(): void {
    this.undo.destroy();
  }
}

/**
 * The deletions of `tr` that Yjs's undo brings back exactly: characters and attributes of
 * elements the transaction left standing. A deleted element or text item is not redone by
 * Yjs (it re-creates such a one's children client by client, and can put them back in an order
 * that does not even survive its own encoding): the repair writes it back whole, from what it
 * held (block-content.ts). Read inside `afterTransaction`, before anything is collected.
 */
function redoableDeletions(tr: Y.Transaction): Y.Transaction["deleteSet"] {
  const kept = Y.createDeleteSet();
  const deletedNow = (item: Y.Item | null) => item !== null && item.deleted && Y.isDeleted(tr.deleteSet, item.id);
  Y.iterateDeletedStructs(tr, tr.deleteSet, (struct) => {
    if (!(struct instanceof Y.Item) || struct.content instanceof Y.ContentType) return;
    for (let parent = (struct.parent as Y.AbstractType<any>)._item; parent;) {
      if (deletedNow(parent)) return;
      parent = (parent.parent as Y.AbstractType<any>)._item;
    }
    const ranges = kept.clients.get(struct.id.client) ?? [];
    ranges.push({ clock: struct.id.clock, len: struct.length } as (typeof ranges)[number]);
    kept.clients.set(struct.id.client, ranges);
  });
  for (const ranges of kept.clients.values()) ranges.sort((a, b) => a.clock - b.clock);
  return kept;
}

/** Yjs keeps what it cannot integrate yet, to apply it when the rest arrives: never here. */
function dropPending(doc: Y.Doc): boolean {
  const store = doc.store;
  if (store.pendingStructs === null && store.pendingDs === null) return false;
  store.pendingStructs = null;
  store.pendingDs = null;
  return true;
}

function sameState(doc: Y.Doc, before: Map<number, number>): boolean {
  for (const [client, structs] of doc.store.clients) {
    const last = structs[structs.length - 1];
    const clock = last ? last.id.clock + last.length : 0;
    if (clock !== (before.get(client) ?? 0)) return false;
  }
  return true;
}

function changedDeletes(deleteSets: Y.Transaction["deleteSet"][]): boolean {
  return deleteSets.some((ds) => ds.clients.size > 0);
}
