// Comment threads in the text: each thread's quoted words are highlighted, and the gutter says
// how many threads sit on each paragraph. Threads are anchored by Yjs relative positions (they
// survive everyone's concurrent edits); the browser resolves them against the live text and
// feeds the resulting ranges to this extension with `setThreadHighlights`. Between two such
// updates the ranges follow local edits through ProseMirror's own mapping.
import { Extension } from "@tiptap/core";
import type { Node as ProseMirrorNode } from "@tiptap/pm/model";
import { Plugin, PluginKey, type EditorState, type Transaction } from "@tiptap/pm/state";
import type { Mappable } from "@tiptap/pm/transform";
import { Decoration, DecorationSet } from "@tiptap/pm/view";
import {
  absolutePositionToRelativePosition,
  relativePositionToAbsolutePosition,
  ySyncPluginKey,
  type ProsemirrorBinding,
} from "@tiptap/y-tiptap";
import { fromBase64, toBase64 } from "lib0/buffer";
import * as Y from "yjs";
import type { Anchor } from "../comments/thread";

/** A thread's place in the current text (ProseMirror positions). */
export interface ThreadRange {
  id: string;
  from: number;
  to: number;
  visibility: "public" | "internal";
}

export interface ThreadHighlightsState {
  ranges: ThreadRange[];
  activeId: string | null;
  decorations: DecorationSet;
}

// ---------------------------------------------------------------------------------------------
// The pure part: ranges → decorations and per-paragraph counts.

/** The top-level block (a numbered paragraph, a heading, a list) that holds a position. */
function blockAt(doc: ProseMirrorNode, pos: number): { pos: number; node: ProseMirrorNode } | null {
  const clamped = Math.max(0, Math.min(pos, doc.content.size));
  const $pos = doc.resolve(clamped);
  if ($pos.depth >= 1) return { pos: $pos.before(1), node: $pos.node(1) };
  const after = $pos.nodeAfter ?? $pos.nodeBefore;
  if (!after) return null;
  return { pos: $pos.nodeAfter ? clamped : clamped - after.nodeSize, node: after };
}

/** How many threads start in each top-level block, keyed by the block's position. */
export function threadCountsByBlock(doc: ProseMirrorNode, ranges: readonly ThreadRange[]): Map<number, number> {
  const counts = new Map<number, number>();
  for (const range of ranges) {
    const block = blockAt(doc, range.from);
    if (block) counts.set(block.pos, (counts.get(block.pos) ?? 0) + 1);
  }
  return counts;
}

export function threadCountLabel(count: number): string {
  return `${count} thread${count === 1 ? "" : "s"}`;
}

/** Inline highlights over every range, and a `data-threads` count on each block that has any. */
export function threadDecorations(
  doc: ProseMirrorNode,
  ranges: readonly ThreadRange[],
  activeId: string | null = null,
): DecorationSet {
  const size = doc.content.size;
  const decorations: Decoration[] = [];
  for (const range of ranges) {
    const from = Math.max(0, Math.min(range.from, size));
    const to = Math.max(0, Math.min(range.to, size));
    if (to <= from) continue;
    const classes = ["thread-anchor", `thread-anchor--${range.visibility}`];
    if (range.id === activeId) classes.push("thread-anchor--active");
    decorations.push(Decoration.inline(from, to, { class: classes.join(" ") }, { threadId: range.id }));
  }
  for (const [pos, count] of threadCountsByBlock(doc, ranges)) {
    const node = doc.nodeAt(pos);
    if (!node) continue;
    decorations.push(
      Decoration.node(pos, pos + node.nodeSize, {
        "data-threads": String(count),
        "data-threads-label": threadCountLabel(count),
      }),
    );
  }
  return DecorationSet.create(doc, decorations);
}

/** Ranges carried through an edit: typing at either edge does not widen a thread's range. */
export function mapThreadRanges(ranges: readonly ThreadRange[], mapping: Mappable): ThreadRange[] {
  return ranges.map((range) => {
    const from = mapping.map(range.from, 1);
    const to = Math.max(from, mapping.map(range.to, -1));
    return { ...range, from, to };
  });
}

/** The threads whose range holds a position, the narrowest first (the most specific one). */
export function threadsAt(ranges: readonly ThreadRange[], pos: number): string[] {
  return ranges
    .filter((range) => range.to > range.from && range.from <= pos && pos <= range.to)
    .sort((a, b) => a.to - a.from - (b.to - b.from))
    .map((range) => range.id);
}

/**
 * Where a thread stands once its anchor is resolved. Its words were deleted when the anchor no
 * longer resolves, or when a non-empty quote shrank to nothing.
 */
export type ThreadPlacement = { kind: "placed"; from: number; to: number } | { kind: "deleted"; at: number | null };

export function placeResolvedAnchor(from: number | null, to: number | null, quote: string): ThreadPlacement {
  if (from === null || to === null) return { kind: "deleted", at: from ?? to };
  if (quote.length > 0 && to <= from) return { kind: "deleted", at: from };
  return { kind: "placed", from: Math.min(from, to), to: Math.max(from, to) };
}

// ---------------------------------------------------------------------------------------------
// Anchors: ProseMirror positions ⇄ Yjs relative positions (base64), through y-tiptap's mapping.

/** What relative positions need: the shared document, its fragment and the binding's mapping. */
export interface YContext {
  doc: Y.Doc;
  type: Y.XmlFragment;
  mapping: ProsemirrorBinding["mapping"];
}

/** The Yjs side of a collaborative editor's state, or null before the binding is in place. */
export function yContextOf(state: EditorState): YContext | null {
  const sync = ySyncPluginKey.getState(state) as
    { doc?: Y.Doc; type?: Y.XmlFragment; binding?: ProsemirrorBinding | null } | undefined;
  if (!sync?.doc || !sync.type || !sync.binding) return null;
  return { doc: sync.doc, type: sync.type, mapping: sync.binding.mapping };
}

function encode(position: Y.RelativePosition): string {
  return toBase64(Y.encodeRelativePosition(position));
}

/**
 * The anchor of the text between two positions. The start holds on to the first quoted
 * character and the end to the last, so that words typed just outside the quote stay outside.
 */
export function anchorForRange(context: YContext, from: number, to: number): Anchor {
  const start = absolutePositionToRelativePosition(from, context.type, context.mapping);
  const end = absolutePositionToRelativePosition(to, context.type, context.mapping);
  const absoluteStart = Y.createAbsolutePositionFromRelativePosition(start, context.doc);
  const stickyStart = absoluteStart
    ? Y.createRelativePositionFromTypeIndex(absoluteStart.type, absoluteStart.index, 0)
    : start;
  return { start: encode(stickyStart), end: encode(end) };
}

function resolvePosition(context: YContext, encoded: string, max: number): number | null {
  let relative: Y.RelativePosition;
  try {
    relative = Y.decodeRelativePosition(fromBase64(encoded));
  } catch {
    return null;
  }
  try {
    const position = relativePositionToAbsolutePosition(context.doc, context.type, relative, context.mapping);
    return position === null ? null : Math.max(0, Math.min(position, max));
  } catch {
    return null; // the positions refer to text this browser does not have
  }
}

/** Where an anchor lies in the current text, or that its words were deleted. */
export function placeAnchor(context: YContext, anchor: Anchor, quote: string, docSize: number): ThreadPlacement {
  return placeResolvedAnchor(
    resolvePosition(context, anchor.start, docSize),
    resolvePosition(context, anchor.end, docSize),
    quote,
  );
}

// ---------------------------------------------------------------------------------------------
// The extension.

export const threadHighlightsKey = new PluginKey<ThreadHighlightsState>("threadHighlights");

interface HighlightsMeta {
  ranges: ThreadRange[];
  activeId: string | null;
}

/** Replaces the highlighted ranges (and the thread shown as active) in one transaction. */
export function setThreadHighlights(tr: Transaction, ranges: ThreadRange[], activeId: string | null): Transaction {
  return tr.setMeta(threadHighlightsKey, { ranges, activeId } satisfies HighlightsMeta);
}

export function sameRanges(a: readonly ThreadRange[], b: readonly ThreadRange[]): boolean {
  return (
    a.length === b.length &&
    a.every((range, index) => {
      const other = b[index]!;
      return (
        range.id === other.id &&
        range.from === other.from &&
        range.to === other.to &&
        range.visibility === other.visibility
      );
    })
  );
}

/**
 * What the text asks of the page around it, as a meta on a transaction: show a thread (its
 * highlight was clicked) or comment on the selection (Mod-Alt-M). The page listens to the
 * editor's transactions, so the editor needs no callbacks from React.
 */
export type ThreadRequest = { kind: "show"; threadId: string } | { kind: "comment" };

const requestKey = "threadRequest";

/** Asks the page, through the editor, to show a thread or to start a comment on the selection. */
export function withThreadRequest(tr: Transaction, request: ThreadRequest): Transaction {
  return tr.setMeta(requestKey, request);
}

export function threadRequestOf(tr: Transaction): ThreadRequest | null {
  return (tr.getMeta(requestKey) as ThreadRequest | undefined) ?? null;
}

export const ThreadHighlights = Extension.create({
  name: "threadHighlights",

  addKeyboardShortcuts() {
    return {
      "Mod-Alt-m": ({ editor }) => {
        editor.view.dispatch(withThreadRequest(editor.state.tr, { kind: "comment" }));
        return true;
      },
    };
  },

  addProseMirrorPlugins() {
    return [
      new Plugin<ThreadHighlightsState>({
        key: threadHighlightsKey,
        state: {
          init: (_config, state) => ({ ranges: [], activeId: null, decorations: DecorationSet.create(state.doc, []) }),
          apply: (tr, previous) => {
            const meta = tr.getMeta(threadHighlightsKey) as HighlightsMeta | undefined;
            if (meta) {
              const ranges = tr.docChanged ? mapThreadRanges(meta.ranges, tr.mapping) : meta.ranges;
              return { ranges, activeId: meta.activeId, decorations: threadDecorations(tr.doc, ranges, meta.activeId) };
            }
            if (!tr.docChanged) return previous;
            const ranges = mapThreadRanges(previous.ranges, tr.mapping);
            return { ...previous, ranges, decorations: threadDecorations(tr.doc, ranges, previous.activeId) };
          },
        },
        props: {
          decorations: (state) => threadHighlightsKey.getState(state)?.decorations,
          handleClick: (view, pos) => {
            const [threadId] = threadsAt(threadHighlightsKey.getState(view.state)?.ranges ?? [], pos);
            if (threadId) {
              view.dispatch(withThreadRequest(view.state.tr, { kind: "show", threadId }));
            }
            return false; // the caret still goes where the delegate clicked
          },
        },
      }),
    ];
  },
});
