"use client";

// The threads panel beside the text: the draft's comment threads in the order of the text, live,
// with filters; the form that opens a thread on the selected words; and the highlights in the
// text, kept in step with what the panel shows.
import type { Editor } from "@tiptap/react";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { MAX_QUOTE_LENGTH, type Anchor, type Thread } from "@/lib/comments/thread";
import { anchorForRange, yContextOf } from "@/lib/editor/thread-anchors";
import { threadRequestOf, type AnchoredThread } from "@/lib/editor/thread-highlights-extension";
import { NewThreadForm } from "./NewThreadForm";
import { ThreadCard } from "./ThreadCard";
import { DEFAULT_FILTERS, delegationsOf, inTextOrder, matchesFilters, type ThreadFilters } from "./thread-order";
import { threadsApi } from "./threads-api";
import { ParagraphThreadsNotice, useParagraphThreads } from "./use-paragraph-threads";
import { useThreadPlacements } from "./use-thread-placements";
import { useThreads, type LiveState } from "./use-threads";
import "../forms.css";
import "./threads.css";

/** The thread being written: its words, captured when "Comment" was chosen. */
interface Draft {
  anchor: Anchor;
  quote: string;
}

const DRAFT_ID = "new-thread";

const LIVE_TEXT: Record<LiveState, string> = {
  connecting: "Connecting…",
  live: "Live",
  offline: "Offline — reconnecting",
};

function quoteOf(editor: Editor, from: number, to: number): string {
  const text = editor.state.doc.textBetween(from, to, "\n", " ");
  return text.length > MAX_QUOTE_LENGTH ? `${text.slice(0, MAX_QUOTE_LENGTH - 1)}…` : text;
}

export function ThreadsPanel({
  documentId,
  editor,
  synced,
  textOnline,
  canComment,
  internalLabel,
}: {
  documentId: string;
  editor: Editor | null;
  /** The text is the server's: before that, anchors have nothing to resolve against. */
  synced: boolean;
  /** Whether the text's own connection stands: without it, nothing on the page is live. */
  textOnline: boolean;
  canComment: boolean;
  internalLabel: string;
}) {
  const threadsState = useThreads(documentId);
  const { threads, loaded, problem, announcement, upsert } = threadsState;
  const live: LiveState = textOnline ? threadsState.live : "offline";
  const [filters, setFilters] = useState<ThreadFilters>(DEFAULT_FILTERS);
  const [activeId, setActiveId] = useState<string | null>(null);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [hint, setHint] = useState<string | null>(null);
  const [reveal, setReveal] = useState(0); // bumps to scroll the active thread into view
  const cards = useRef(new Map<string, HTMLElement>());
  const panelRef = useRef<HTMLElement>(null);
  const focusOnReveal = useRef(false); // after posting, the new thread takes the focus

  const shownIds = useMemo(
    () => new Set(threads.filter((thread) => matchesFilters(thread, filters)).map((thread) => thread.id)),
    [threads, filters],
  );
  // The text marks what the panel shows, and the words of a thread being written.
  const anchored = useMemo<AnchoredThread[]>(() => {
    const list: AnchoredThread[] = threads.map((thread) => ({
      id: thread.id,
      anchor: thread.anchor,
      quote: thread.quote,
      visibility: thread.visibility,
      highlight: shownIds.has(thread.id),
    }));
    if (draft) list.push({ id: DRAFT_ID, ...draft, visibility: "public", highlight: true });
    return list;
  }, [threads, shownIds, draft]);
  const placements = useThreadPlacements(editor, anchored, draft ? DRAFT_ID : activeId, synced);
  // The gutter menu's "Threads on this paragraph" narrows the list to one paragraph.
  const paragraphOnly = useParagraphThreads(editor);
  const onParagraph = paragraphOnly.keeps;
  const shown = useMemo(
    () =>
      inTextOrder(threads, placements).filter(
        ({ thread, placement }) => shownIds.has(thread.id) && onParagraph(placement),
      ),
    [threads, placements, shownIds, onParagraph],
  );
  const delegations = useMemo(() => delegationsOf(threads), [threads]);

  const startThread = useCallback(() => {
    if (!editor) return;
    const { from, to, empty } = editor.state.selection;
    const context = yContextOf(editor.state);
    if (empty) {
      setHint("Select words or a paragraph in the text first, then choose Comment.");
      return;
    }
    if (!context) {
      setHint("The text is still loading — try again in a moment.");
      return;
    }
    setHint(null);
    setDraft({ anchor: anchorForRange(context, from, to), quote: quoteOf(editor, from, to) });
  }, [editor]);

  // The text asks: a highlight was clicked, or Ctrl+Alt+M / "Comment".
  useEffect(() => {
    if (!editor) return;
    const onTransaction = ({ transaction }: { transaction: Parameters<typeof threadRequestOf>[0] }) => {
      const request = threadRequestOf(transaction);
      if (!request) {
        if (!transaction.selection.empty) setHint(null); // words are selected now: the hint is done
        return;
      }
      if (request.kind === "show") {
        setActiveId(request.threadId);
        setReveal((count) => count + 1);
      } else if (canComment) {
        startThread();
      }
    };
    editor.on("transaction", onTransaction);
    return () => {
      editor.off("transaction", onTransaction);
    };
  }, [editor, canComment, startThread]);

  // Bring the active thread into view within the panel, without moving the text under the delegate.
  useEffect(() => {
    if (reveal === 0 || !activeId) return;
    const card = cards.current.get(activeId);
    const panel = panelRef.current;
    if (!card || !panel) return;
    if (focusOnReveal.current) {
      focusOnReveal.current = false;
      card.focus({ preventScroll: true });
    }
    if (panel.scrollHeight <= panel.clientHeight) {
      card.scrollIntoView({ block: "nearest", behavior: "smooth" });
      return;
    }
    const box = panel.getBoundingClientRect();
    const top = box.top;
    const bottom = Math.min(box.bottom, window.innerHeight);
    const { top: cardTop, bottom: cardBottom } = card.getBoundingClientRect();
    const margin = 8;
    if (cardTop < top + margin) panel.scrollBy({ top: cardTop - top - margin, behavior: "smooth" });
    else if (cardBottom > bottom - margin)
      panel.scrollBy({ top: Math.min(cardBottom - bottom + margin, cardTop - top - margin), behavior: "smooth" });
  }, [reveal, activeId]);

  const post = async (visibility: Thread["visibility"], body: string) => {
    if (!draft) return;
    const thread = await threadsApi.open(documentId, { visibility, anchor: draft.anchor, quote: draft.quote, body });
    upsert(thread);
    setDraft(null);
    if (!matchesFilters(thread, filters)) setFilters(DEFAULT_FILTERS);
    setActiveId(thread.id);
    focusOnReveal.current = true;
    setReveal((count) => count + 1);
  };

  const showInText = (thread: Thread) => {
    const placement = placements?.get(thread.id);
    setActiveId(thread.id);
    if (!editor || placement?.kind !== "placed") return;
    editor.chain().focus().setTextSelection({ from: placement.from, to: placement.to }).scrollIntoView().run();
  };

  const deletedCount = shown.filter(({ placement }) => placement?.kind === "deleted").length;

  return (
    <aside ref={panelRef} className="threads-panel" aria-labelledby="threads-heading">
      <div className="threads-panel-head">
        <h2 id="threads-heading">Threads</h2>
        <span
          className="threads-live"
          data-live={live}
          title={live === "offline" ? "New comments will appear when the connection returns." : undefined}
        >
          <span aria-hidden="true">{live === "live" ? "●" : "○"}</span> {LIVE_TEXT[live]}
        </span>
      </div>
      <div className="visually-hidden" aria-live="polite">
        {announcement}
      </div>

      {canComment && hint && !draft && (
        <p className="threads-hint" role="alert">
          {hint}
        </p>
      )}
      {draft && (
        <NewThreadForm
          quote={draft.quote}
          internalLabel={internalLabel}
          onPost={post}
          onCancel={() => {
            setDraft(null);
            editor?.commands.focus();
          }}
        />
      )}

      <div className="thread-filters" role="group" aria-label="Filter threads">
        <label>
          <span>Delegation</span>
          <select
            value={filters.delegation}
            onChange={(event) => setFilters({ ...filters, delegation: event.target.value })}
          >
            <option value="all">All</option>
            {delegations.map(({ delegation, name }) => (
              <option key={delegation} value={delegation}>
                {name}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>Visibility</span>
          <select
            value={filters.visibility}
            onChange={(event) =>
              setFilters({ ...filters, visibility: event.target.value as ThreadFilters["visibility"] })
            }
          >
            <option value="all">All</option>
            <option value="public">Public</option>
            <option value="internal">Internal</option>
          </select>
        </label>
        <label>
          <span>Status</span>
          <select
            value={filters.status}
            onChange={(event) => setFilters({ ...filters, status: event.target.value as ThreadFilters["status"] })}
          >
            <option value="open">Open</option>
            <option value="resolved">Resolved</option>
            <option value="all">All</option>
          </select>
        </label>
      </div>

      {problem && (
        <p className="form-problem" role="alert">
          {problem}
        </p>
      )}
      <ParagraphThreadsNotice filter={paragraphOnly} count={shown.length} />
      <p className="threads-count">
        {!loaded
          ? "Loading the threads…"
          : threads.length === 0
            ? canComment
              ? "No threads yet. Select words in the text and choose Comment."
              : "No threads yet."
            : shown.length === 0
              ? `No threads match these filters (${threads.length} in all).`
              : `${shown.length} of ${threads.length} thread${threads.length === 1 ? "" : "s"}${
                  deletedCount ? ` · ${deletedCount} on deleted text` : ""
                }`}
      </p>
      <ol className="threads-list">
        {shown.map(({ thread, placement }) => (
          <li key={thread.id}>
            <ThreadCard
              ref={(element) => {
                if (element) cards.current.set(thread.id, element);
                else cards.current.delete(thread.id);
              }}
              thread={thread}
              placement={placement}
              active={thread.id === activeId}
              canComment={canComment}
              onShowInText={() => showInText(thread)}
              onUpdated={upsert}
            />
          </li>
        ))}
      </ol>
    </aside>
  );
}
