// Where a comment thread stands in the text: its anchor is a pair of Yjs relative positions
// (base64), which survive everyone's concurrent edits; here they are made from, and resolved to,
// ProseMirror positions through y-tiptap's mapping, and carried through local edits.
import type { EditorState } from "@tiptap/pm/state";
import type { Mappable } from "@tiptap/pm/transform";
import {
  absolutePositionToRelativePosition,
  relativePositionToAbsolutePosition,
  ySyncPluginKey,
  type ProsemirrorBinding,
} from "@tiptap/y-tiptap";
import { fromBase64, toBase64 } from "lib0/buffer";
import * as Y from "yjs";
import type { Anchor } from "../comments/thread";

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

/** A placement carried through a local edit; words deleted by it make the thread "deleted". */
export function mapPlacement(placement: ThreadPlacement, mapping: Mappable, quote: string): ThreadPlacement {
  if (placement.kind === "deleted") {
    return { kind: "deleted", at: placement.at === null ? null : mapping.map(placement.at) };
  }
  const from = mapping.map(placement.from, 1);
  return placeResolvedAnchor(from, Math.max(from, mapping.map(placement.to, -1)), quote);
}
