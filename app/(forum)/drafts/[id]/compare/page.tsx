import type { Metadata } from "next";
import Link from "next/link";
import { ChooseTexts } from "@/components/revisions/ChooseTexts";
import { CompareControls } from "@/components/revisions/CompareControls";
import { ComparisonHeader } from "@/components/revisions/ComparisonHeader";
import { ComparisonSummary } from "@/components/revisions/ComparisonSummary";
import { InlineComparison } from "@/components/revisions/InlineComparison";
import { SideBySideComparison } from "@/components/revisions/SideBySideComparison";
import { textName } from "@/components/revisions/text-names";
import { revisionRef } from "@/components/revisions/timeline-groups";
import { DuplicateParagraphIdError } from "@/lib/revisions";
import { db } from "@/server/db/client";
import { draftForPage } from "@/server/documents/draft-for-page";
import { compareRevisions } from "@/server/revisions/compare-revisions";

import { listRevisions } from "@/server/revisions/list-revisions";
import "./compare-page.css";
import { InvalidInputError, RevisionNotFoundError } from "@/lib/api/errors";

export const metadata: Metadata = { title: "Compare" };
export const dynamic = "force-dynamic";

type Search = Record<string, string | string[] | undefined>;
const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? null;

/** Errors a reader can act on (a revision that does not exist, a damaged text); anything else is thrown. */
async function compareOrExplain(...args: Parameters<typeof compareRevisions>) {
  try {
    return { comparison: await compareRevisions(...args), problem: null };
  } catch (error) {
    if (
      error instanceof RevisionNotFoundError ||
      error instanceof InvalidInputError ||
      error instanceof DuplicateParagraphIdError
    )
      return { comparison: null, problem: error.message };
    throw error;
  }
}

export default async function ComparePage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Search>;
}) {
  const { id } = await params;
  const search = await searchParams;
  const { user, draft } = await draftForPage(id);
  const timeline = await listRevisions(db(), user, id);
  // Without a choice: what changed since the last issued revision (or the first checkpoint).
  const fallback = timeline.find((entry) => entry.kind === "revision") ?? timeline.at(-1);
  const from = one(search.from) ?? (fallback ? revisionRef(fallback) : null);
  const to = one(search.to) ?? "live";
  const view = one(search.view) === "side" ? "side" : "inline";
  const onlyDifferences = one(search.only) === "changes";
  const { comparison, problem } = from
    ? await compareOrExplain(db(), user, id, from, to)
    : {
        comparison: null,
        problem: "There is nothing to compare yet: no revision has been issued and no checkpoint taken.",
      };

  const fromName = comparison ? textName(comparison.from.revision) : "";
  const toName = comparison ? textName(comparison.to.revision) : "";
  return (
    <main className="page compare-page">
      <p className="breadcrumbs">
        <Link href="/">Drafts</Link> · <Link href={`/drafts/${draft.id}`}>Open the draft</Link> ·{" "}
        <Link href={`/drafts/${draft.id}/history`}>History</Link>
      </p>
      <h1>{comparison ? `Changes from ${fromName} to ${textName(comparison.to.revision, false)}` : "Compare"}</h1>
      <p className="cmp-draft-title">{draft.title}</p>
      <ChooseTexts
        documentId={draft.id}
        timeline={timeline}
        from={comparison?.from.revision ? revisionRef(comparison.from.revision) : (from ?? "live")}
        to={comparison?.to.revision ? revisionRef(comparison.to.revision) : "live"}
        view={view}
        onlyDifferences={onlyDifferences}
      />
      {problem && (
        <p className="notice" role="alert">
          {problem} Choose two texts above, or go back to the <Link href={`/drafts/${draft.id}/history`}>history</Link>.
        </p>
      )}
      {comparison && (
        <>
          <ComparisonHeader from={comparison.from} to={comparison.to} />
          <ComparisonSummary summary={comparison.comparison.summary} />
          <section aria-labelledby="cmp-text-title" className="cmp-body">
            <div className="cmp-body-head">
              <h2 id="cmp-text-title">Paragraph by paragraph</h2>
              <CompareControls view={view} onlyDifferences={onlyDifferences} />
            </div>
            <p className="cmp-legend">
              <ins className="diff-ins">Inserted words</ins> are underlined,{" "}
              <del className="diff-del">deleted words</del> struck through; each paragraph says in words what happened
              to it.
            </p>
            {view === "side" ? (
              <SideBySideComparison
                documentId={draft.id}
                paragraphs={comparison.comparison.paragraphs}
                onlyDifferences={onlyDifferences}
                fromName={fromName}
                toName={toName}
              />
            ) : (
              <InlineComparison
                documentId={draft.id}
                paragraphs={comparison.comparison.paragraphs}
                onlyDifferences={onlyDifferences}
              />
            )}
          </section>
        </>
      )}
    </main>
  );
}
