// Renumbering a live draft: the text's paragraphs get fresh sequential numbers (lib/negotiation
// renumber), deleted paragraphs leave the text, and the new base is written — all in one Yjs
// transaction, so every delegation sees the clean numbers and the clean text arrive together,
// never one without the other.
import * as Y from "yjs";
import { readNumberingBase, writeNumberingBase } from "../collab/numbering-base";
import {
  paragraphLabel,
  renumber,
  type BaseNumber,
  type NumberingBase,
  type Paragraph,
  type Renumbering,
  type RenumberEntry,
} from "../negotiation";
import { readParagraphs, withoutPlace } from "../draft/read-paragraphs";
import { yXmlTree } from "../draft/draft-tree";
import { DRAFT_FIELD } from "./extensions";

/** The draft's paragraphs as the model reads them (lib/draft/read-paragraphs.ts), from the Y.Doc itself. */
export function yDocParagraphs(doc: Y.Doc): Paragraph[] {
  // Without their Y.XmlElements: a renumbering's paragraphs are data.
  return readParagraphs(yXmlTree, doc.getXmlFragment(DRAFT_FIELD)).map(withoutPlace);
}

/**
 * Removes the paragraphs with these ids; a list item left empty goes with them, and so does a
 * list left without items.
 */
function removeParagraphs(parent: Y.XmlFragment | Y.XmlElement, ids: ReadonlySet<string>): void {
  const children = parent.toArray();
  for (let index = children.length - 1; index >= 0; index -= 1) {
    const child = children[index];
    if (!(child instanceof Y.XmlElement)) continue;
    const pid = child.getAttribute("pid");
    if (typeof pid === "string" && ids.has(pid)) {
      parent.delete(index, 1);
    } else if (child.nodeName !== "paragraph" && child.nodeName !== "heading") {
      removeParagraphs(child, ids);
      if (child.length === 0) parent.delete(index, 1);
    }
  }
}

const order = (entry: BaseNumber) => [entry.n, entry.suffix ?? 0] as const;
const before = (a: BaseNumber, b: BaseNumber) =>
  order(a)[0] < order(b)[0] || (order(a)[0] === order(b)[0] && order(a)[1] < order(b)[1]);

/**
 * Paragraphs of the base whose text was deleted from the live text (shown "OP7 [deleted]") are
 * not among the paragraphs renumber() sees; the table still owes the room their line, "OP7 →
 * deleted", where they stood: before the first paragraph of their series with a higher number.
 */
function withRemovedParagraphs(table: RenumberEntry[], base: NumberingBase, present: ReadonlySet<string>) {
  const rows = [...table];
  const removed = Object.entries(base)
    .flatMap(([id, entry]) => (!present.has(id) && "kind" in entry ? [{ id, entry }] : []))
    .sort((a, b) => (before(a.entry, b.entry) ? -1 : 1));
  for (const { id, entry } of removed) {
    const old = paragraphLabel(entry.kind, entry.n, entry.suffix ?? 0);
    const next = rows.findIndex((row) => {
      const rowEntry = base[row.id];
      return rowEntry !== undefined && "kind" in rowEntry && rowEntry.kind === entry.kind && before(entry, rowEntry);
    });
    const lastOfSeries = rows.findLastIndex((row) => row.old.startsWith(entry.kind === "operative" ? "OP" : "PP"));
    rows.splice(next >= 0 ? next : lastOfSeries >= 0 ? lastOfSeries + 1 : rows.length, 0, { id, old, new: null });
  }
  return rows;
}

/** Renumbers the draft in `doc` as one transaction; returns what was done (with the old → new table). */
export function renumberDraft(doc: Y.Doc): Renumbering {
  let result: Renumbering | undefined;
  doc.transact(() => {
    const paragraphs = yDocParagraphs(doc);
    const previous = readNumberingBase(doc);
    result = renumber(paragraphs, previous);
    result.table = withRemovedParagraphs(result.table, previous, new Set(paragraphs.map((paragraph) => paragraph.id)));
    const kept = new Set(result.paragraphs.map((paragraph) => paragraph.id));
    const dropped = new Set(paragraphs.filter((paragraph) => !kept.has(paragraph.id)).map((paragraph) => paragraph.id));
    if (dropped.size > 0) removeParagraphs(doc.getXmlFragment(DRAFT_FIELD), dropped);
    // A paragraph not yet named by the editor has only a positional stand-in id: not a key to keep.
    const base: Record<string, NumberingBase[string]> = {};
    for (const [id, number] of Object.entries(result.base)) if (!id.startsWith("unnamed-")) base[id] = number;
    writeNumberingBase(doc, base);
  });
  return result!;
}
