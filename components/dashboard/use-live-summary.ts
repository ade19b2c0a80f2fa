"use client";

// A draft's dashboard figures, live: the draft's Y.Doc opened through the same collaboration
// session as the editor, only read (never written, and no presence shown: reading the
// dashboard is not being in the draft), summarised again whenever the text changes.
import { useEffect, useState } from "react";
import { readNumberingBase } from "@/lib/collab/numbering-base";
import { proseMirrorJSON } from "@/lib/draft/prosemirror-json";
import { summaryParagraphs } from "@/lib/editor/draft-summary";
import { summarizeDraft, type DraftSummary } from "@/lib/negotiation/dashboard";
import { useCollabSession, type SessionState } from "../live-draft/use-collab-session";

/** Today in UTC as YYYY-MM-DD: ad ref deadlines are dates, not moments. */
const today = () => new Date().toISOString().slice(0, 10);

// Typing arrives a keystroke at a time; the figures need not follow faster than the eye.
const SETTLE_MS = 150;

export function useLiveSummary(documentId: string): { summary: DraftSummary | null; state: SessionState } {
  const state = useCollabSession(documentId);
  const { session, synced } = state;
  const [summary, setSummary] = useState<DraftSummary | null>(null);

  // Before the socket opens if we can, so that the reader never shows in the presence bar.
  useEffect(() => session?.provider.awareness.setLocalState(null), [session]);

  useEffect(() => {
    if (!session || !synced) return;
    const compute = () => {
      const json = proseMirrorJSON(session.doc, session.ticket.field);
      setSummary(summarizeDraft(summaryParagraphs(json), { base: readNumberingBase(session.doc), today: today() }));
    };
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onUpdate = () => {
      clearTimeout(timer);
      timer = setTimeout(compute, SETTLE_MS);
    };
    compute();
    session.doc.on("update", onUpdate);
    return () => {
      clearTimeout(timer);
      session.doc.off("update", onUpdate);
    };
  }, [session, synced]);

  return { summary, state };
}
