// The numbering base (lib/collab/numbering-base.ts) lives in its own root of the draft's Y.Doc,
// beside the text: the rules (rules/numbering-rule.ts) and the judged apply find it here.
import type * as Y from "yjs";
import { NUMBERING_ROOT } from "../../lib/collab/numbering-base";

/**
 * The numbering root of the server's doc, as a Y.Map: a root first read from stored updates is
 * a bare type that emits no events, and Y.UndoManager, which undoes refused changes, only sees
 * changes to types that do. getMap turns it into the map once; the stored entries move with it.
 */
export function numberingRoot(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(NUMBERING_ROOT);
}

/** Is `type` the numbering root? A map lookup: cheap enough for every keystroke. */
export function isNumberingRoot(doc: Y.Doc, type: unknown): boolean {
  return type !== null && type !== undefined && doc.share.get(NUMBERING_ROOT) === type;
}
