"use client";

// "Comment" above the text: enabled when words are selected; Ctrl+Alt+M does the same from the
// text itself. It asks through the editor, where the threads panel listens.
import { useEditorState, type Editor } from "@tiptap/react";
import { withThreadRequest } from "@/lib/editor/thread-highlights-extension";
import "../live-draft/live-draft.css";

export function CommentButton({ editor }: { editor: Editor | null }) {
  const hasSelection =
    useEditorState({
      editor,
      selector: ({ editor: current }) => (current ? !current.state.selection.empty : false),
    }) ?? false;
  return (
    <div className="draft-tools">
      <button
        type="button"
        disabled={!hasSelection}
        aria-keyshortcuts="Control+Alt+M Meta+Alt+M"
        aria-describedby="comment-hint"
        onClick={() => editor && editor.view.dispatch(withThreadRequest(editor.state.tr, { kind: "comment" }))}
      >
        Comment
      </button>
      <span id="comment-hint" className="tools-hint">
        {hasSelection
          ? "Opens a thread on the selected words (Ctrl+Alt+M)."
          : "Select words or a paragraph in the text to comment on them."}
      </span>
    </div>
  );
}
