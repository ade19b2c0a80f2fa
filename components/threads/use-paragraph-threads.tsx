"use client";

// The threads panel narrowed to one paragraph, as the paragraph's menu in the gutter asks
// (components/live-draft/ParagraphMenu.tsx): only the threads whose words are in it, a line that
// says so with a way back to all of them, and the focus on that line so the answer is read out.
// The request travels as a window event: the menu and the panel are siblings on the page, and
// neither should hold the other's state.
import type { Editor } from "@tiptap/react";
import { useCallback, useEffect, useRef, useState } from "react";
import type { ThreadPlacement } from "@/lib/editor/thread-anchors";
import { paragraphPosition } from "@/lib/editor/paragraph-target-extension";
import "./threads.css";

const EVENT = "concord:paragraph-threads";

interface Only {
  pid: string;
  /** "OP6 bis", as the room says it. */
  reference: string;
}

/** Asks the threads panel to show only the threads on this paragraph. */
export function showParagraphThreads(pid: string, reference: string): void {
  window.dispatchEvent(new CustomEvent<Only>(EVENT, { detail: { pid, reference } }));
}

export interface ParagraphThreads {
  only: Only | null;
  clear: () => void;
  /** Whether a thread placed here is on the paragraph asked for (every thread when none is). */
  keeps: (placement: ThreadPlacement | null) => boolean;
  /** Bumped at each request, for the notice to take the focus. */
  asked: number;
}

export function useParagraphThreads(editor: Editor | null): ParagraphThreads {
  const [only, setOnly] = useState<Only | null>(null);
  const [asked, setAsked] = useState(0);
  useEffect(() => {
    const listen = (event: Event) => {
      setOnly((event as CustomEvent<Only>).detail);
      setAsked((count) => count + 1);
    };
    window.addEventListener(EVENT, listen);
    return () => window.removeEventListener(EVENT, listen);
  }, []);
  const keeps = useCallback(
    (placement: ThreadPlacement | null) => {
      if (!only) return true;
      if (!editor || placement?.kind !== "placed") return false;
      // Read against the text as it is now: the paragraph may have moved since the request.
      const pos = paragraphPosition(editor.state.doc, only.pid);
      if (pos === null) return false;
      const end = pos + editor.state.doc.nodeAt(pos)!.nodeSize;
      return placement.from < end && placement.to > pos;
    },
    [editor, only],
  );
  return { only, clear: useCallback(() => setOnly(null), []), keeps, asked };
}

/** "Threads on OP6 bis: 2 · Show all threads", above the list while the panel is narrowed. */
export function ParagraphThreadsNotice({ filter, count }: { filter: ParagraphThreads; count: number }) {
  const line = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (filter.asked === 0) return;
    line.current?.focus();
    line.current?.scrollIntoView({ block: "nearest" });
  }, [filter.asked]);
  if (!filter.only) return null;
  return (
    <p ref={line} className="paragraph-threads-notice" tabIndex={-1}>
      {count === 0 ? `No threads on ${filter.only.reference}` : `Threads on ${filter.only.reference}: ${count}`}{" "}
      <button type="button" onClick={filter.clear}>
        Show all threads
      </button>
    </p>
  );
}
