"use client";

// When a change is not taken, the person is told why, where they typed: either the editor did
// not take it (it knows the rules too: lib/editor/known-rules-extension.ts), or the
// collaboration server refused it, undid it and said why (lib/collab/permission-denied.ts). The
// notice stands just under the line of the caret, and offers what may be done instead.
import type { Editor } from "@tiptap/react";
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from "react";
import { onPermissionDenied, refusalReason } from "@/lib/collab/permission-denied";
import { withThreadRequest } from "@/lib/editor/thread-highlights-extension";
import { isHeldWordsMessage } from "@/lib/editor/held-words";
import "./refusal-notice.css";

export interface Refusal {
  reason: string;
  /** The server undid a change that had been made; otherwise the change never happened. */
  undone: boolean;
}

/** The refusal to show, the server's as they come, and `say` for the editor's own. */
export function useRefusals(provider: object) {
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  useEffect(
    () => onPermissionDenied(provider, (message) => setRefusal({ reason: refusalReason(message), undone: true })),
    [provider],
  );
  const say = useCallback((reason: string) => setRefusal({ reason, undone: false }), []);
  const dismiss = useCallback(() => setRefusal(null), []);
  return { refusal, say, dismiss };
}

/** Where the caret's line ends, from the top of the column the notice is placed in. */
function belowCaret(editor: Editor | null): number | null {
  if (!editor || editor.isDestroyed) return null;
  const column = editor.view.dom.closest(".draft-column");
  if (!column) return null;
  try {
    const caret = editor.view.coordsAtPos(editor.state.selection.head);
    return caret.bottom - column.getBoundingClientRect().top + 6;
  } catch {
    return null; // a position the view cannot draw yet: the notice stays at the top
  }
}

export function RefusalNotice({
  refusal,
  onDismiss,
  editor,
  canComment,
  onProposeAlternative,
}: {
  refusal: Refusal | null;
  onDismiss: () => void;
  editor: Editor | null;
  canComment: boolean;
  /** Opens "Propose an alternative…" for the words at the caret. */
  onProposeAlternative: () => void;
}) {
  const notice = useRef<HTMLDivElement>(null);
  // Placed once drawn, where the caret is then (the notice does not follow later typing).
  useLayoutEffect(() => {
    const element = notice.current;
    const top = refusal ? belowCaret(editor) : null;
    if (!element || top === null) return;
    element.style.top = `${top}px`;
    element.classList.add("refusal-notice--at-caret");
  }, [refusal, editor]);
  // Once the caret has gone to another paragraph, the notice has said what it had to.
  useEffect(() => {
    if (!refusal || !editor) return;
    const paragraphOfCaret = () => editor.state.selection.$head.parent.attrs.pid as string | null;
    const where = paragraphOfCaret();
    const onMove = () => {
      if (paragraphOfCaret() !== where) onDismiss();
    };
    editor.on("selectionUpdate", onMove);
    return () => void editor.off("selectionUpdate", onMove);
  }, [refusal, editor, onDismiss]);
  if (!refusal) return null;

  // A thread on the selected words, or on the paragraph the caret is in.
  const comment = () => {
    if (!editor) return;
    const { selection } = editor.state;
    if (selection.empty && selection.$head.parent.isTextblock)
      editor.commands.setTextSelection({ from: selection.$head.start(), to: selection.$head.end() });
    editor.view.dispatch(withThreadRequest(editor.state.tr, { kind: "comment" }));
    onDismiss();
  };

  return (
    <div ref={notice} className="refusal-notice" role="alert">
      <span>
        {refusal.undone ? (
          <>
            <strong>Not accepted:</strong> {refusal.reason} Your change was undone.
          </>
        ) : (
          <>
            <strong>Not possible:</strong> {refusal.reason}
          </>
        )}
      </span>
      <span className="refusal-actions">
        {isHeldWordsMessage(refusal.reason) && (
          <button
            type="button"
            onClick={() => {
              onDismiss();
              onProposeAlternative();
            }}
          >
            Propose an alternative
          </button>
        )}
        {canComment && (
          <button type="button" onClick={comment}>
            Comment instead
          </button>
        )}
        <button
          type="button"
          aria-label="Dismiss"
          onClick={() => {
            onDismiss();
            editor?.commands.focus(); // back to the text, where the caret was
          }}
        >
          Dismiss
        </button>
      </span>
    </div>
  );
}
