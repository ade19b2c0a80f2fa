// A draft tabled for negotiation already carries numbers, and the room starts using them at
// once: "we propose a new paragraph after OP5". So the numbers of a freshly seeded draft are
// frozen as its numbering base, and an insertion shows as "OP5 bis" from the first day rather
// than shifting every later number. (An empty base would number sequentially until the first
// renumbering, which is what a diplomat would call a moving target.)
// Called by initialState (load-document.ts) right after the text is seeded.
import type * as Y from "yjs";
import { hasNumberingBase } from "../../lib/collab/numbering-base";
import { renumberDraft } from "../../lib/editor/renumber-draft";

export function seedNumberingBase(doc: Y.Doc): void {
  if (hasNumberingBase(doc)) return;
  // Renumbering a text that has never been numbered freezes exactly its sequential numbers.
  renumberDraft(doc);
}
