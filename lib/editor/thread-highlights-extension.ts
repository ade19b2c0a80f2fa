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
import { Decoration, DecorationSet } from "@tiptap/pm/view";
import { ySyncPluginKey } from "@tiptap/y-tiptap";
import type { Anchor } from "../comments/thread";
import { mapPlacement, placeAnchor, yContextOf, type ThreadPlacement } from "./thread-anchors";

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
