// Comment threads in the text: each thread's quoted words are highlighted, and the gutter says
// how many threads sit on each paragraph. Threads are anchored by Yjs relative positions, which
// survive everyone's concurrent edits. The page hands the threads to this extension
// (`setThreadAnchors`); it resolves their anchors against the shared Y.Doc whenever the text
// comes from Yjs (others' edits, the first sync, undo), and follows local edits through
// ProseMirror's own mapping in between. The page reads the placements back from the plugin state
// to order its panel.
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

/** A thread as the text needs it. */
export interface AnchoredThread {
  id: string;
  anchor: Anchor;
  quote: string;
  visibility: "public" | "internal";
  /** Shown in the panel, so marked in the text. */
  highlight: boolean;
}

export interface ThreadHighlightsState {
  threads: readonly AnchoredThread[];
  activeId: string | null;
  /** Every thread's place; the same Map as long as nothing moved. */
  placements: ReadonlyMap<string, ThreadPlacement>;
  ranges: ThreadRange[];
  decorations: DecorationSet;
}

export const threadHighlightsKey = new PluginKey<ThreadHighlightsState>("threadHighlights");

interface AnchorsMeta {
  threads: readonly AnchoredThread[];
  activeId: string | null;
}

/** Hands the threads (and the one shown as active) to the text, in one transaction. */
export function setThreadAnchors(
  tr: Transaction,
  threads: readonly AnchoredThread[],
  activeId: string | null,
): Transaction {
  return tr.setMeta(threadHighlightsKey, { threads, activeId } satisfies AnchorsMeta);
}

/** A placement carried through a local edit; words deleted by it make the thread "deleted". */
export function mapPlacement(placement: ThreadPlacement, mapping: Mappable, quote: string): ThreadPlacement {
  if (placement.kind === "deleted") {
    return { kind: "deleted", at: placement.at === null ? null : mapping.map(placement.at) };
  }
  const from = mapping.map(placement.from, 1);
  return placeResolvedAnchor(from, Math.max(from, mapping.map(placement.to, -1)), quote);
}

function samePlacement(a: ThreadPlacement | undefined, b: ThreadPlacement): boolean {
  if (!a || a.kind !== b.kind) return false;
  return a.kind === "placed" && b.kind === "placed" ? a.from === b.from && a.to === b.to : true;
}

/** Keeps the previous Map when nothing moved, so that the page re-renders only on change. */
function settle(
  previous: ReadonlyMap<string, ThreadPlacement>,
  next: Map<string, ThreadPlacement>,
): ReadonlyMap<string, ThreadPlacement> {
  if (previous.size !== next.size) return next;
  for (const [id, placement] of next) if (!samePlacement(previous.get(id), placement)) return next;
  return previous;
}

export function highlightRanges(
  threads: readonly AnchoredThread[],
  placements: ReadonlyMap<string, ThreadPlacement>,
): ThreadRange[] {
  return threads.flatMap((thread) => {
    const placement = placements.get(thread.id);
    return thread.highlight && placement?.kind === "placed"
      ? [{ id: thread.id, from: placement.from, to: placement.to, visibility: thread.visibility }]
      : [];
  });
}

function sameRanges(a: readonly ThreadRange[], b: readonly ThreadRange[]): boolean {
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

function applyThreads(tr: Transaction, previous: ThreadHighlightsState, sync: EditorState): ThreadHighlightsState {
  const meta = tr.getMeta(threadHighlightsKey) as AnchorsMeta | undefined;
  // The text was rebuilt from Yjs (others' edits, the first sync, undo): resolve the anchors.
  const fromYjs = tr.docChanged && tr.getMeta(ySyncPluginKey) !== undefined;
  if (!meta && !tr.docChanged) return previous;
  const threads = meta?.threads ?? previous.threads;
  const activeId = meta ? meta.activeId : previous.activeId;

  const next = new Map<string, ThreadPlacement>();
  const context = meta || fromYjs ? yContextOf(sync) : null;
  for (const thread of threads) {
    const known = previous.placements.get(thread.id);
    if (context) next.set(thread.id, placeAnchor(context, thread.anchor, thread.quote, tr.doc.content.size));
    else if (known) next.set(thread.id, tr.docChanged ? mapPlacement(known, tr.mapping, thread.quote) : known);
  }
  const placements = settle(previous.placements, next);
  const ranges = highlightRanges(threads, placements);
  const unchanged = !tr.docChanged && activeId === previous.activeId && sameRanges(ranges, previous.ranges);
  return {
    threads,
    activeId,
    placements,
    ranges: unchanged ? previous.ranges : ranges,
    decorations: unchanged ? previous.decorations : threadDecorations(tr.doc, ranges, activeId),
  };
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

export function threadHighlightsPlugin(): Plugin<ThreadHighlightsState> {
  return new Plugin<ThreadHighlightsState>({
    key: threadHighlightsKey,
    state: {
      init: (_config, state) => ({
        threads: [],
        activeId: null,
        placements: new Map(),
        ranges: [],
        decorations: DecorationSet.create(state.doc, []),
      }),
      // The Yjs binding is the same object in every state: the old state's is up to date.
      apply: (tr, previous, oldState) => applyThreads(tr, previous, oldState),
    },
    props: {
      decorations: (state) => threadHighlightsKey.getState(state)?.decorations,
      handleClick: (view, pos) => {
        const [threadId] = threadsAt(threadHighlightsKey.getState(view.state)?.ranges ?? [], pos);
        if (threadId) view.dispatch(withThreadRequest(view.state.tr, { kind: "show", threadId }));
        return false; // the caret still goes where the delegate clicked
      },
    },
  });
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
    return [threadHighlightsPlugin()];
  },
});
