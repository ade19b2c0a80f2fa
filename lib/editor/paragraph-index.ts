// The paragraphs of an editor's document, read once per document. ProseMirror documents are
// immutable, so the index is kept by the document itself: every transaction that changes the text
// makes one walk (lib/draft/read-paragraphs.ts), and the number gutter, the status marks, the
// bracket and preamble decorations, the caret helpers and the known-rules check all read that one
// index instead of walking the document each on their own.
import type { Node as ProseMirrorNode } from "@tiptap/pm/model";
import { proseMirrorTree } from "../draft/draft-tree";
import { numberDraft, readParagraphs, type NumberedParagraph, type ReadParagraph } from "../draft/read-paragraphs";
import type { NumberingBase } from "../negotiation";

export type EditorParagraph = ReadParagraph<ProseMirrorNode>;
export type NumberedEditorParagraph = EditorParagraph & NumberedParagraph;

export interface ParagraphIndex {
  /** In document order, with their nodes and positions. */
  paragraphs: readonly EditorParagraph[];
  /** The paragraph whose node starts at `pos`. */
  at(pos: number): EditorParagraph | undefined;
  /** The first paragraph or heading with this stored id (a split may briefly leave two). */
  byId(pid: string): EditorParagraph | undefined;
  /** Numbered against `base` (kept for the last base asked, as the gutter asks at every change). */
  numbered(base: NumberingBase): readonly NumberedEditorParagraph[];
}

const indexes = new WeakMap<ProseMirrorNode, ParagraphIndex>();

function buildIndex(doc: ProseMirrorNode): ParagraphIndex {
  const paragraphs = readParagraphs(proseMirrorTree, doc);
  let byPos: Map<number, EditorParagraph> | null = null;
  let byId: Map<string, EditorParagraph> | null = null;
  let numbered: { base: NumberingBase; paragraphs: NumberedEditorParagraph[] } | null = null;
  return {
    paragraphs,
    at(pos) {
      byPos ??= new Map(paragraphs.map((paragraph) => [paragraph.pos, paragraph]));
      return byPos.get(pos);
    },
    byId(pid) {
      if (!byId) {
        byId = new Map();
        for (const paragraph of paragraphs)
          if (paragraph.pid && !byId.has(paragraph.pid)) byId.set(paragraph.pid, paragraph);
      }
      return byId.get(pid);
    },
    numbered(base) {
      if (numbered?.base !== base) numbered = { base, paragraphs: numberDraft(paragraphs, base) };
      return numbered.paragraphs;
    },
  };
}

/** The paragraphs of `doc`, walked the first time anyone asks for this document, and only then. */
export function paragraphIndex(doc: ProseMirrorNode): ParagraphIndex {
  let index = indexes.get(doc);
  if (!index) {
    index = buildIndex(doc);
    indexes.set(doc, index);
  }
  return index;
}

/** The index of `doc` if someone has walked it already; never walks (for one paragraph's lookups). */
export function knownParagraphIndex(doc: ProseMirrorNode): ParagraphIndex | undefined {
  return indexes.get(doc);
}
