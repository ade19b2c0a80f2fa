// The numbering base lives in the draft's Y.Doc, beside the text: a root Y.Map "numbering"
// whose "base" entry is the base as JSON (lib/negotiation/base.ts). Kept in the shared document
// so that every delegation sees a renumbering at the same moment as the text it renumbers, and
// so that a revision's snapshot of the Y.Doc carries the numbers with the words.
// Only the chair and the secretariat change it (server/collab/rules/numbering-rule.ts).
import * as Y from "yjs";
import { numberingBaseSchema, type NumberingBase } from "../negotiation";

/** The root Y.Map of a draft's Y.Doc that holds the numbering base. */
export const NUMBERING_ROOT = "numbering";
const BASE_KEY = "base";

export function numberingMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(NUMBERING_ROOT);
}

/**
 * The base as stored; an empty base (sequential numbers) when none was ever written or the
 * stored one is not a base: a damaged base must not take the text down with it.
 */
export function readNumberingBase(doc: Y.Doc): NumberingBase {
  const stored = numberingMap(doc).get(BASE_KEY);
  if (typeof stored !== "string") return {};
  try {
    const parsed = numberingBaseSchema.safeParse(JSON.parse(stored));
    return parsed.success ? parsed.data : {};
  } catch {
    return {};
  }
}

/** Whether a base was ever written (an empty base written by a renumbering counts). */
export function hasNumberingBase(doc: Y.Doc): boolean {
  return typeof numberingMap(doc).get(BASE_KEY) === "string";
}

/**
 * Writes the base. One JSON value rather than one map entry per paragraph: a renumbering
 * replaces the base as a whole, and two concurrent renumberings must not interleave.
 */
export function writeNumberingBase(doc: Y.Doc, base: NumberingBase): void {
  numberingMap(doc).set(BASE_KEY, JSON.stringify(base));
}

/** Calls `listener` with the base whenever it changes, locally or from others; returns the unsubscribe. */
export function observeNumberingBase(doc: Y.Doc, listener: (base: NumberingBase) => void): () => void {
  const map = numberingMap(doc);
  const observer = (event: Y.YMapEvent<unknown>) => {
    if (event.keysChanged.has(BASE_KEY)) listener(readNumberingBase(doc));
  };
  map.observe(observer);
  return () => map.unobserve(observer);
}
