"use client";

// In the draft, under the tools: a link to the history of the paragraph at the caret (its words,
// number and status at each revision). Always one line, so that the text does not jump as the
// caret moves.
import { useEditorState, type Editor } from "@tiptap/react";
import Link from "next/link";
import { paragraphAt } from "@/lib/editor/bracket-holds-extension";
import { paragraphHistoryHref } from "./compare-href";
import "../live-draft/live-draft.css";
import "./paragraph-history-link.css";

interface Here {
  pid: string;
  number: string | null;
}

function hereOf(editor: Editor | null): Here | null {
  if (!editor) return null;
  const paragraph = paragraphAt(editor.state);
  const pid = paragraph?.node.attrs.pid as string | null | undefined;
  if (!paragraph || !pid) return null;
  const dom = editor.view.nodeDOM(paragraph.pos);
  return { pid, number: dom instanceof HTMLElement ? dom.getAttribute("data-number") : null };
}

export function ParagraphHistoryLink({ editor, documentId }: { editor: Editor | null; documentId: string }) {
  const here = useEditorState({
    editor,
    selector: ({ editor: current }) => hereOf(current),
    equalityFn: (a, b) => a?.pid === b?.pid && a?.number === b?.number,
  });
  return (
    <p className="paragraph-history-link">
      {here ? (
        <Link href={paragraphHistoryHref(documentId, here.pid)}>
          History of {here.number ?? "this paragraph"} through the revisions
        </Link>
      ) : (
        <span className="tools-hint">Put the caret in a paragraph to read its history through the revisions.</span>
      )}
    </p>
  );
}
