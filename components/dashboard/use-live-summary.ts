"use client";

// A draft's dashboard figures, live: the draft's Y.Doc opened through the same collaboration
// session as the editor, only read (never written, and no presence shown: reading the
// dashboard is not being in the draft), summarised again whenever the text changes.
import { useEffect, useState } from "react";
import { readNumberingBase } from "@/lib/collab/numbering-base";
import { yXmlTree } from "@/lib/draft/draft-tree";
import { readParagraphs } from "@/lib/draft/read-paragraphs";
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
      // One walk of the shared text itself (lib/draft/read-paragraphs.ts), no conversion to JSON.
      const paragraphs = readParagraphs(yXmlTree, session.doc.getXmlFragment(session.ticket.field));
      setSummary(summarizeDraft(paragraphs, { base: readNumberingBase(session.doc), today: today() }));
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
