"use client";

// Every draft of the forum at a glance, each one live, with the forum's totals on top.
import Link from "next/link";
import { useCallback, useEffect, useState } from "react";
import { addCounts, type DraftSummary } from "@/lib/negotiation/dashboard";
import { LiveSummaryNotice } from "./DraftDashboard";
import { StatusCounts } from "./StatusCounts";
import { useLiveSummary } from "./use-live-summary";
import "./dashboard.css";

export interface DraftEntry {
  id: string;
  title: string;
  symbol: string;
}

function DraftCard({
  draft,
  onSummary,
}: {
  draft: DraftEntry;
  onSummary: (id: string, summary: DraftSummary) => void;
}) {
  const { summary, state } = useLiveSummary(draft.id);
  useEffect(() => {
    if (summary) onSummary(draft.id, summary);
  }, [draft.id, summary, onSummary]);
  return (
    <article className="draft-card" data-document={draft.id} aria-labelledby={`draft-${draft.id}`}>
      <h2 id={`draft-${draft.id}`}>
        <Link href={`/drafts/${draft.id}/dashboard`}>{draft.title}</Link>
      </h2>
      <p className="symbol">{draft.symbol}</p>
      <LiveSummaryNotice problem={state.problem} connection={state.connection} />
      {summary ? (
        <>
          <StatusCounts counts={summary.counts} total={summary.total} subParagraphs={summary.subParagraphs} />
          {summary.states.length > 0 && (
            <p className="holders-line">
              Most brackets held by:{" "}
              {summary.states
                .slice(0, 5)
                .map((holder) => `${holder.state} ${holder.brackets + holder.alternatives + holder.deletions}`)
                .join(" · ")}
            </p>
          )}
          {summary.adRef.length > 0 && (
            <p>
              {summary.adRef.length} awaiting ad ref confirmation
              {summary.adRef.some((pending) => pending.overdue) ? ", some past their deadline" : ""}
            </p>
          )}
        </>
      ) : (
        <p className="loading">Reading the live text…</p>
      )}
    </article>
  );
}

export function ForumDashboard({ drafts }: { drafts: DraftEntry[] }) {
  const [summaries, setSummaries] = useState<Record<string, DraftSummary>>({});
  const onSummary = useCallback(
    (id: string, summary: DraftSummary) => setSummaries((previous) => ({ ...previous, [id]: summary })),
    [],
  );
  const totals = addCounts(Object.values(summaries));
  const complete = Object.keys(summaries).length === drafts.length;
  return (
    <div className="dashboard">
      <section aria-labelledby="all-drafts" className="forum-totals">
        <h2 id="all-drafts">All drafts{complete ? "" : " (still reading some drafts)"}</h2>
        <StatusCounts {...totals} />
      </section>
      <div className="draft-cards">
        {drafts.map((draft) => (
          <DraftCard key={draft.id} draft={draft} onSummary={onSummary} />
        ))}
      </div>
    </div>
  );
}
