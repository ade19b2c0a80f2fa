// The words of a bracket another Member State holds, judged on what an update did to a paragraph
// (the rule and what is protected: lib/negotiation/protected-brackets.ts; holds-rule.ts keeps
// delegates from changing another state's hold). bracket-words-rule.ts applies it.
/* eslint-disable @typescript-eslint/no-explicit-any -- Yjs types its shared types with any */
import * as Y from "yjs";
import type { Visible } from "../block-content";
import { bracketPairs, isProtected, type OthersHolds } from "../../../lib/negotiation/protected-brackets";

/**
 * Whether a change to `paragraph` typed inside, or deleted any of, the words of a bracket `held`
 * protects, read on the paragraph's text as it stood (`visibleBefore`: before the transaction).
 * Run inside `afterTransaction`, when each item is wholly old or new, deleted or not.
 */
export function touchesProtectedWords(paragraph: Y.XmlElement, visibleBefore: Visible, held: OthersHolds): boolean {
  let text = "";
  const inserted: number[] = [];
  const deleted: { from: number; to: number }[] = [];
  for (let child = paragraph._start; child; child = child.right) {
    const was = visibleBefore(child);
    const is = !child.deleted;
    if (!was && !is) continue;
    const type = child.content instanceof Y.ContentType ? (child.content.type as Y.AbstractType<any>) : null;
    if (!(type instanceof Y.XmlText)) {
      if (type instanceof Y.XmlElement) {
        // A hard break, read as a line break as lib/editor/document-paragraphs.ts does.
        if (was && !is) deleted.push({ from: text.length, to: text.length });
        if (!was && is) inserted.push(text.length);
        if (was) text += "\n";
      }
      continue;
    }
    for (let item = type._start; item; item = item.right) {
      if (!(item.content instanceof Y.ContentString)) continue;
      const stood = was && visibleBefore(item);
      const stands = is && !item.deleted;
      if (stood) {
        if (!stands) deleted.push({ from: text.length, to: text.length + item.length - 1 });
        text += item.content.str;
      } else if (stands) inserted.push(text.length);
    }
  }
  if (inserted.length === 0 && deleted.length === 0) return false;
  const ranges = bracketPairs(text).filter((range) => isProtected(text, range, held));
  return (
    inserted.some((at) => ranges.some((range) => at > range.open && at <= range.close)) ||
    deleted.some(({ from, to }) => ranges.some((range) => from <= range.close && to >= range.open))
  );
}

/** A paragraph's text as `visible` reads it (a hard break is one "\n", as the editor reads it). */
export function paragraphText(paragraph: Y.XmlElement, visible: Visible): string {
  let text = "";
  for (let child = paragraph._start; child; child = child.right) {
    if (!visible(child)) continue;
    const type = child.content instanceof Y.ContentType ? (child.content.type as Y.AbstractType<any>) : null;
    if (type instanceof Y.XmlElement) text += "\n";
    else if (type instanceof Y.XmlText)
      for (let item = type._start; item; item = item.right)
        if (item.content instanceof Y.ContentString && visible(item)) text += item.content.str;
  }
  return text;
}

/** A run of new text a transaction left standing, and whether it went into an element that stood before. */
export interface InsertedRun {
  text: string;
  intoStanding: boolean;
}

/**
 * The runs of new text a transaction left standing, each read whole across the items it is
 * made of (formatting splits a run into items): where words deleted elsewhere may have moved.
 */
export function insertedRuns(tr: Y.Transaction, isNew: (item: Y.Item) => boolean): InsertedRun[] {
  const texts = new Set<Y.XmlText>();
  tr.afterState.forEach((after, client) => {
    const start = tr.beforeState.get(client) ?? 0;
    if (after <= start) return;
    const structs = tr.doc.store.clients.get(client)!;
    for (let index = Y.findIndexSS(structs, start); index < structs.length; index += 1) {
      const item = structs[index];
      if (item instanceof Y.Item && item.content instanceof Y.ContentString && item.parent instanceof Y.XmlText)
        texts.add(item.parent);
    }
  });
  const runs: InsertedRun[] = [];
  for (const text of texts) {
    const element = text._item?.parent as Y.AbstractType<any> | undefined;
    const intoStanding = Boolean(element?._item && !element._item.deleted && !isNew(element._item));
    let run = "";
    for (let item = text._start; item; item = item.right) {
      if (!(item.content instanceof Y.ContentString) || item.deleted) continue;
      if (isNew(item)) run += item.content.str;
      else if (run) {
        runs.push({ text: run, intoStanding });
        run = "";
      }
    }
    if (run) runs.push({ text: run, intoStanding });
  }
  return runs;
}
