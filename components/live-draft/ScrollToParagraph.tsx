"use client";

// A link to a paragraph (/drafts/{id}#{paragraph id}, as the dashboard gives them) lands on it:
// once the live text is in, the paragraph is scrolled into view, marked for a moment
// (lib/editor/paragraph-target-extension.ts), and the caret is put at its start.
import type { Editor } from "@tiptap/react";
import { useEffect } from "react";
import { paragraphPosition, withParagraphTarget } from "@/lib/editor/paragraph-target-extension";

const MARK_MS = 4000;
// The editor draws the synced text a moment after the sync itself.
const LOOK_EVERY_MS = 100;
const LOOK_FOR_MS = 5000;

export function ScrollToParagraph({ editor, synced }: { editor: Editor | null; synced: boolean }) {
  useEffect(() => {
    if (!editor || !synced) return;
    let unmark: ReturnType<typeof setTimeout> | undefined;
    let look: ReturnType<typeof setInterval> | undefined;
    const land = (pid: string): boolean => {
      const pos = paragraphPosition(editor.state.doc, pid);
      if (pos === null || editor.isDestroyed) return false;
      editor.view.dispatch(withParagraphTarget(editor.state.tr, pid));
      editor.commands.setTextSelection(pos + 1);
      (editor.view.nodeDOM(pos) as HTMLElement | null)?.scrollIntoView?.({ block: "center" });
      clearTimeout(unmark);
      unmark = setTimeout(
        () => !editor.isDestroyed && editor.view.dispatch(withParagraphTarget(editor.state.tr, null)),
        MARK_MS,
      );
      return true;
    };
    const go = () => {
      const pid = decodeURIComponent(window.location.hash.slice(1));
      if (!pid) return;
      clearInterval(look);
      const started = Date.now();
      if (land(pid)) return;
      look = setInterval(() => {
        if (land(pid) || Date.now() - started > LOOK_FOR_MS) clearInterval(look);
      }, LOOK_EVERY_MS);
    };
    go();
    window.addEventListener("hashchange", go);
    return () => {
      clearTimeout(unmark);
      clearInterval(look);
      window.removeEventListener("hashchange", go);
    };
  }, [editor, synced]);
  return null;
}
