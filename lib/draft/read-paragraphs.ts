// The one reader of a draft's paragraphs. Whatever the text was read from — the shared Y.Doc, an
// editor's ProseMirror document, ProseMirror JSON — it is walked once, by `walkParagraphs`, and
// every paragraph comes out as the same record: its id, kind, level and words, its stored status,
// who holds its brackets, its ad ref details, what still stands between it and agreement, the
// status it shows and whether it is locked; numbered against a numbering base, its number too.
// The text view (API, revisions, exports), the dashboard, the editor's gutter and marks, the
// renumbering and the collaboration server's guards all read paragraphs through this, so that
// they never disagree about what a paragraph is.
import type { JSONContent } from "@tiptap/core";
import type { Node as ProseMirrorNode } from "@tiptap/pm/model";
import type * as Y from "yjs";
import { readNumberingBase } from "../collab/numbering-base";
import { DRAFT_FIELD } from "../editor/extensions";
import { countedHolds, parseHolds, type EditableHolds } from "../negotiation/holds";
import { numberParagraphs, type ParagraphNumber } from "../negotiation/numbering";
import type { NumberingBase } from "../negotiation/base";
import { outstanding, type Outstanding } from "../negotiation/outstanding";
import { displayStatusWith } from "../negotiation/status";
import type {
  NumberedKind,
  Paragraph as ModelParagraph,
  ParagraphKind,
  ParagraphLevel,
} from "../negotiation/paragraph";
import { adRefOf } from "./ad-ref";
import { jsonTree, proseMirrorTree, yXmlTree, type DraftTree } from "./draft-tree";
import { isLocked, storedStatus, type DisplayStatus, type LockedStatus } from "./status";

/** Agreed text is locked for everyone but the chair; ad ref says whose confirmation it awaits. */
export interface ParagraphLock {
  status: LockedStatus;
  adRef: { states: string[]; deadline: string } | null;
}

/**
 * A paragraph of a draft, as read from any of its representations. It is a lib/negotiation
 * `Paragraph` (id, kind, level, stored `status`, `deleted`, `text`), so the rules — numbering,
 * renumbering, status changes, the dashboard — take it as it is.
 */
export interface Paragraph extends ModelParagraph {
  /** The stored id; null while the editor has not named the paragraph (`id` is then a stand-in). */
  pid: string | null;
  /** Who holds its brackets (the `holds` attribute), as counted: a "retain" answering no proposal is none. */
  holds: EditableHolds;
  /** Whose capitals confirm, by when, as stored (read whatever the status). */
  adRef: { states: string[]; deadline: string } | null;
  /** Typed brackets and holds still standing between it and agreement, counted once. */
  outstanding: Outstanding;
  /** The status it shows: deleted, the chair's, or bracketed while anything stands. */
  display: DisplayStatus;
  lock: ParagraphLock | null;
}

/** A paragraph with its number against a numbering base ("OP5 bis (a)", "OP7 [deleted]"). */
export interface NumberedParagraph extends Paragraph {
  number: ParagraphNumber;
}

/** Where a paragraph was read: its node, its position (ProseMirror) or index, its top-level node. */
export interface Located<N> {
  node: N;
  pos: number;
  /** The index of the top-level node it is in (itself, or the list it is an item of). */
  top: number;
}

export type ReadParagraph<N> = Paragraph & Located<N>;

/** A read paragraph without where it was read: data, to keep or to send. */
export function withoutPlace<P extends Located<unknown>>(read: P): Omit<P, keyof Located<unknown>> {
  const paragraph: Partial<P> = { ...read };
  delete paragraph.node;
  delete paragraph.pos;
  delete paragraph.top;
  return paragraph as Omit<P, keyof Located<unknown>>;
}

const isList = (type: string) => type === "orderedList" || type === "bulletList";

/**
 * The traversal, written once. The paragraphs in document order: a top-level paragraph without a
 * kind (typed where no kind was set) continues the series before it, preambular at the top;
 * sub-paragraphs (list items) take the kind of the paragraph they follow, one level per list.
 */
export function walkParagraphs<N>(
  tree: DraftTree<N>,
  root: N,
  visit: (node: N, kind: ParagraphKind, level: ParagraphLevel, pos: number, top: number) => void,
): void {
  walks.count += 1;
  let series: NumberedKind = "preambular";
  const visitList = (list: N, listPos: number, level: ParagraphLevel, top: number) => {
    for (const [item, itemPos] of tree.children(list, listPos))
      for (const [child, pos] of tree.children(item, itemPos)) {
        const type = tree.type(child);
        if (type === "paragraph") visit(child, series, level, pos, top);
        else if (isList(type)) visitList(child, pos, Math.min(level + 1, 2) as ParagraphLevel, top);
      }
  };
  let top = 0;
  for (const [node, pos] of tree.children(root, -1)) {
    const type = tree.type(node);
    if (type === "heading") visit(node, "heading", 0, pos, top);
    else if (type === "paragraph") {
      const kind = tree.attr(node, "kind");
      if (kind === "preambular" || kind === "operative") series = kind;
      visit(node, series, 0, pos, top);
    } else if (isList(type)) visitList(node, pos, 1, top);
    top += 1;
  }
}

/** How many walks were made, for tests and benchmarks that count the passes over a document. */
export const walks = { count: 0 };

export type ParagraphFacts = Omit<Paragraph, "id" | "kind" | "level">;

/** What a paragraph's own node says; ProseMirror nodes are immutable, so theirs is kept. */
const factsOfNode = new WeakMap<object, ParagraphFacts>();

function factsOf<N>(tree: DraftTree<N>, node: N, heading: boolean): ParagraphFacts {
  const cacheable = tree === (proseMirrorTree as unknown as DraftTree<N>);
  const cached = cacheable ? factsOfNode.get(node as object) : undefined;
  if (cached) return cached;
  const pid = tree.attr(node, "pid");
  const status = heading ? "open" : storedStatus(tree.attr(node, "status"));
  const deleted = tree.attr(node, "deleted") === true;
  const text = tree.text(node);
  const holds = countedHolds(parseHolds(tree.attr(node, "holds")));
  const adRef = adRefOf({
    adRef: tree.attr(node, "adRef"),
    adRefStates: tree.attr(node, "adRefStates"),
    adRefDeadline: tree.attr(node, "adRefDeadline"),
  });
  const remaining = outstanding(text, holds);
  const display = displayStatusWith({ status, deleted }, () => remaining);
  const facts: ParagraphFacts = {
    pid: typeof pid === "string" && pid ? pid : null,
    status,
    deleted,
    text,
    holds,
    adRef,
    outstanding: remaining,
    display,
    lock: lockOf(display, adRef),
  };
  if (cacheable) factsOfNode.set(node as object, facts);
  return facts;
}

function lockOf(display: DisplayStatus, adRef: Paragraph["adRef"]): ParagraphLock | null {
  if (!isLocked(display)) return null;
  return { status: display, adRef: display === "agreed_ad_ref" ? adRef : null };
}

/**
 * One paragraph node read on its own (the paragraph at the caret, say), outside the walk: its
 * kind and level are the walk's to say, so this gives what the node itself says.
 */
export function readParagraphNode<N>(tree: DraftTree<N>, node: N): ParagraphFacts {
  return factsOf(tree, node, tree.type(node) === "heading");
}

/** The paragraphs of any representation of a draft, with where each was read. */
export function readParagraphs<N>(tree: DraftTree<N>, root: N): ReadParagraph<N>[] {
  const paragraphs: ReadParagraph<N>[] = [];
  walkParagraphs(tree, root, (node, kind, level, pos, top) => {
    const facts = factsOf(tree, node, kind === "heading");
    // A paragraph still without an id (only between its creation and the editor naming it) gets
    // a positional stand-in, never stored.
    const id = facts.pid ?? `unnamed-${paragraphs.length}`;
    paragraphs.push({ ...facts, id, kind, level, node, pos, top });
  });
  return paragraphs;
}

/**
 * Numbers read paragraphs against a base. A paragraph deleted with its parent shows deleted, and
 * is no longer locked.
 */
export function numberDraft<P extends Paragraph>(
  paragraphs: readonly P[],
  base: NumberingBase = {},
): (P & NumberedParagraph)[] {
  const numbers = numberParagraphs(paragraphs, base);
  return paragraphs.map((paragraph, index) => {
    const number = numbers[index]!;
    if (!number.deleted || paragraph.display === "deleted") return { ...paragraph, number };
    return { ...paragraph, number, display: "deleted", lock: null };
  });
}

/** The paragraphs of ProseMirror JSON (`{ type: "doc", content }`), numbered against `base`. */
export function paragraphsOfJSON(doc: JSONContent, base: NumberingBase = {}) {
  return numberDraft(readParagraphs(jsonTree, doc), base);
}

/** The paragraphs of an editor's document, numbered against `base`, with their positions. */
export function paragraphsOfNode(doc: ProseMirrorNode, base: NumberingBase = {}) {
  return numberDraft(readParagraphs(proseMirrorTree, doc), base);
}

/**
 * The paragraphs of a draft's shared text (the Y.XmlFragment the editor binds to), read straight
 * from Yjs and only read — no conversion to ProseMirror, nothing validated away, nothing written —
 * numbered against `base` (pass the document's, `readNumberingBase(doc)`, for the numbers
 * everyone sees). Each comes with its Y.XmlElement (`node`) and its top-level index (`top`).
 */
export function paragraphsOfFragment(fragment: Y.XmlFragment, base: NumberingBase = {}) {
  return numberDraft(readParagraphs(yXmlTree, fragment), base) as (NumberedParagraph & Located<Y.XmlElement>)[];
}

/** The paragraphs of a draft's Y.Doc, numbered against the numbering base stored beside them. */
export function paragraphsOfDoc(doc: Y.Doc, field = DRAFT_FIELD) {
  return paragraphsOfFragment(doc.getXmlFragment(field), readNumberingBase(doc));
}
