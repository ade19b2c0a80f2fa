import type { Metadata } from "next";
import Link from "next/link";
import { DraftLifecycle } from "@/components/forum/audit/DraftLifecycle";
import { IssueRevisionForm } from "@/components/revisions/IssueRevisionForm";
import { RevisionTimeline } from "@/components/revisions/RevisionTimeline";
import { draftLifecycle } from "@/server/audit/draft-lifecycle";
import { db } from "@/server/db/client";
import { draftForPage } from "@/server/documents/draft-for-page";
import { can } from "@/lib/policy/can";
import { listRevisions } from "@/server/revisions/list-revisions";
import { revisionSymbol } from "@/server/revisions/revision-symbol";
import { countByStatus } from "@/server/revisions/snapshot";
import { textAt } from "@/server/revisions/text-at";

export const metadata: Metadata = { title: "History" };
export const dynamic = "force-dynamic";

/** The symbol the draft was tabled with: the current one without its "/Rev.N". */
const tabledSymbol = (symbol: string, revision: number | null) =>
  revision ? symbol.slice(0, -`/Rev.${revision}`.length) : symbol;

export default async function DraftHistoryPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { user, draft } = await draftForPage(id);
  const [timeline, live, life] = await Promise.all([
    listRevisions(db(), user, id),
    textAt(db(), user, id, "live"),
    draftLifecycle(db(), user, id),
  ]);
  const next = (draft.revision ?? 0) + 1;
  return (
    <main className="page history-page">
      <p className="breadcrumbs">
        <Link href="/">Drafts</Link> · <Link href={`/drafts/${draft.id}`}>Open the draft</Link>
      </p>
      <h1>History: {draft.title}</h1>
      <p className="symbol">{draft.symbol}</p>
      {can(user, "issue-revision") && (
        <IssueRevisionForm
          documentId={draft.id}
          nextName={`Rev.${next}`}
          nextSymbol={revisionSymbol(tabledSymbol(draft.symbol, draft.revision), next)}
        />
      )}
      <RevisionTimeline
        documentId={draft.id}
        timeline={timeline}
        liveCounts={countByStatus(live.text.paragraphs)}
        canRestore={can(user, "restore-revision")}
      />
      <DraftLifecycle entries={life} />
    </main>
  );
}
