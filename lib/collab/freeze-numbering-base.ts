// Issuing a revision fixes the numbering base: the numbers as they stand become the base of the
// next round, so that "OP5 bis" of Rev.2 stays "OP5 bis" and a paragraph inserted after it in the
// next round is "OP5 ter" (lib/negotiation/base.ts). Paragraphs shown "OP7 [deleted]" keep their
// entry: they stay visible until a renumbering gives the clean text.
import type * as Y from "yjs";
import { documentParagraphs } from "../editor/document-paragraphs";
import { proseMirrorJSON } from "../draft/prosemirror-json";
import { baseFromNumbers, numberParagraphs, type NumberingBase } from "../negotiation";
import { readNumberingBase } from "./numbering-base";

export function frozenNumberingBase(doc: Y.Doc): NumberingBase {
  const json = proseMirrorJSON(doc);
  const paragraphs = documentParagraphs(json);
  const base = readNumberingBase(doc);
  const present = new Set(paragraphs.map((paragraph) => paragraph.id));
  const deleted = Object.fromEntries(Object.entries(base).filter(([id]) => !present.has(id)));
  return { ...deleted, ...baseFromNumbers(numberParagraphs(paragraphs, base)) };
}
