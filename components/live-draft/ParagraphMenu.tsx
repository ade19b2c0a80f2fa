"use client";

// The menu a paragraph's number in the gutter opens (lib/editor/paragraph-numbers-extension.ts
// draws the numbers as buttons): a link to the paragraph, its history, its threads and, for the
// chair, its status. A menu in the WAI-ARIA sense: the first item takes the focus, arrows move,
// Escape or a click elsewhere closes it and the focus goes back to the number.
import type { Editor } from "@tiptap/react";
import Link from "next/link";
import { useEffect, useRef, useState, type KeyboardEvent } from "react";
import { createPortal } from "react-dom";
import { PARAGRAPH_MENU_EVENT, type ParagraphMenuRequest } from "@/lib/editor/paragraph-numbers-extension";
import { paragraphPosition } from "@/lib/editor/paragraph-target-extension";
import { paragraphHistoryHref } from "../revisions/compare-href";
import { showParagraphThreads } from "../threads/use-paragraph-threads";
import { copyText } from "./copy-text";
import "./paragraph-menu.css";

interface Open extends ParagraphMenuRequest {
  button: HTMLElement;
  top: number;
  left: number;
}

const MESSAGE_MS = 4000;

/** Where the menu goes: under the number, in page coordinates so that it scrolls with the text. */
function placeUnder(button: HTMLElement) {
  const box = button.getBoundingClientRect();
  return { top: box.bottom + window.scrollY + 4, left: box.left + window.scrollX };
}

export function ParagraphMenu({
  editor,
  documentId,
  canSetStatus,
}: {
  editor: Editor | null;
  documentId: string;
  /** The chair, in an editable text: StatusTools is on the page to take over. */
  canSetStatus: boolean;
}) {
  const [open, setOpen] = useState<Open | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const menu = useRef<HTMLDivElement>(null);

  // A number was pressed: open its menu, or close it when it was already open.
  useEffect(() => {
    const onRequest = (event: Event) => {
      const button = event.target as HTMLElement;
      const request = (event as CustomEvent<ParagraphMenuRequest>).detail;
      setOpen((current) => (current?.pid === request.pid ? null : { ...request, button, ...placeUnder(button) }));
    };
    document.addEventListener(PARAGRAPH_MENU_EVENT, onRequest);
    return () => document.removeEventListener(PARAGRAPH_MENU_EVENT, onRequest);
  }, []);

  // The first item takes the focus; a press anywhere else closes the menu.
  useEffect(() => {
    if (!open) return;
    menu.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
    const outside = (event: PointerEvent) => {
      const target = event.target as Node;
      if (menu.current?.contains(target) || open.button.contains(target)) return;
      setOpen(null);
    };
    document.addEventListener("pointerdown", outside, true);
    return () => document.removeEventListener("pointerdown", outside, true);
  }, [open]);

  useEffect(() => {
    if (!message) return;
    const timer = setTimeout(() => setMessage(null), MESSAGE_MS);
    return () => clearTimeout(timer);
  }, [message]);

  const close = (refocus: boolean) => {
    if (refocus && open?.button.isConnected) open.button.focus();
    setOpen(null);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const items = [...(menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
    const at = items.indexOf(document.activeElement as HTMLElement);
    const move: Record<string, number> = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: items.length - 1 };
    if (event.key === "Escape") {
      event.preventDefault();
      close(true);
    } else if (event.key === "Tab") {
      close(false);
    } else if (event.key in move && items.length > 0) {
      event.preventDefault();
      items[(move[event.key]! + items.length) % items.length]!.focus();
    }
  };

  const copyLink = async (here: Open) => {
    const link = new URL(`/drafts/${documentId}#${encodeURIComponent(here.pid)}`, window.location.href).toString();
    close(true);
    setMessage(
      (await copyText(link)) ? `Link to ${here.reference} copied.` : `Copy this link to ${here.reference}: ${link}`,
    );
  };

  const showThreads = (here: Open) => {
    close(false);
    showParagraphThreads(here.pid, here.reference);
  };

  // The chair's status tools act on the paragraph at the caret: put it there, then hand over.
  const setStatus = (here: Open) => {
    close(false);
    const pos = editor ? paragraphPosition(editor.state.doc, here.pid) : null;
    if (!editor || pos === null) return;
    editor
      .chain()
      .focus()
      .setTextSelection(pos + 1)
      .run();
    requestAnimationFrame(() => document.querySelector<HTMLElement>(".status-tools button:not([disabled])")?.focus());
  };

  return (
    <>
      <p className="paragraph-menu-message" role="status">
        {message}
      </p>
      {open &&
        createPortal(
          <div
            ref={menu}
            className="paragraph-menu"
            role="menu"
            aria-label={`Paragraph ${open.reference}`}
            style={{ top: open.top, left: open.left }}
            onKeyDown={onKeyDown}
          >
            <button type="button" role="menuitem" tabIndex={-1} onClick={() => void copyLink(open)}>
              Copy link to this paragraph
            </button>
            <Link role="menuitem" tabIndex={-1} href={paragraphHistoryHref(documentId, open.pid)}>
              History of this paragraph
            </Link>
            <button type="button" role="menuitem" tabIndex={-1} onClick={() => showThreads(open)}>
              Threads on this paragraph
            </button>
            {canSetStatus && (
              <button type="button" role="menuitem" tabIndex={-1} onClick={() => setStatus(open)}>
                Set status…
              </button>
            )}
          </div>,
          document.body,
        )}
    </>
  );
}
