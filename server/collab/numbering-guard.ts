// The numbering base (lib/collab/numbering-base.ts) is the chair's and the secretariat's: a
// delegate who could rewrite it could make "OP5" mean another paragraph in the middle of a
// meeting. paragraph-guard.ts asks this file whether an update touches the numbering root; a
// change there from anyone else is refused and undone like any other forbidden change.
import type * as Y from "yjs";
import { NUMBERING_ROOT } from "../../lib/collab/numbering-base";
import type { CollabUser } from "./collab-connection";

export const NUMBERING_REASON = "only the chair or the secretariat renumbers the text";

export function mayRenumber(user: Pick<CollabUser, "role">): boolean {
  return user.role === "CHAIR" || user.role === "SECRETARIAT";
}

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
