"use client";

// Hands the threads to the text (which highlights them and keeps their places as everyone edits)
// and reads back where each one sits, for the panel's order and its "on deleted text" marks.
import type { Editor } from "@tiptap/react";
import { useEffect, useState } from "react";
import type { ThreadPlacement } from "@/lib/editor/thread-anchors";
import { setThreadAnchors, threadHighlightsKey, type AnchoredThread } from "@/lib/editor/thread-highlights-extension";

export type Placements = ReadonlyMap<string, ThreadPlacement>;

/**
 * The placements, or null until the text is the server's (before the first sync every anchor
 * would look deleted).
 */
export function useThreadPlacements(
  editor: Editor | null,
  threads: readonly AnchoredThread[],
  activeId: string | null,
  synced: boolean,
): Placements | null {
  const [placements, setPlacements] = useState<Placements | null>(null);

  // Read back after every transaction: the plugin keeps the same Map while nothing moves.
  useEffect(() => {
    if (!editor) return;
    const read = () => {
      const state = threadHighlightsKey.getState(editor.state);
      if (state) setPlacements((previous) => (previous === state.placements ? previous : state.placements));
    };
    editor.on("transaction", read);
    return () => {
      editor.off("transaction", read);
    };
  }, [editor]);

  useEffect(() => {
    if (!editor || editor.isDestroyed) return;
    editor.view.dispatch(setThreadAnchors(editor.state.tr, threads, activeId));
  }, [editor, threads, activeId]);

  return synced ? placements : null;
}
