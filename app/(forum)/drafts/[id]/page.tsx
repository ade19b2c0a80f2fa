import type { Metadata } from "next";
import Link from "next/link";
import { ExportMenu } from "@/components/export/ExportMenu";
import { DraftLifecycleNotice } from "@/components/forum/manage-draft/DraftLifecycleNotice";
import { ManageDraft } from "@/components/forum/manage-draft/ManageDraft";
import { LiveDraft } from "@/components/live-draft/LiveDraft";
import { KIND_LABELS, STAGE_LABELS } from "@/lib/forum/labels";
import { draftForPage } from "@/server/documents/draft-for-page";
import { can } from "@/lib/policy/can";
import "./draft-page.css";

export const metadata: Metadata = { title: "Draft" };

/** The symbol the draft was tabled with: the current one without its "/Rev.N". */
const tabledSymbol = (symbol: string, revision: number | null) =>
  revision ? symbol.slice(0, -`/Rev.${revision}`.length) : symbol;

export default async function DraftPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { user, draft } = await draftForPage(id);
  const closed = draft.closedAt !== null;
  return (
    <main className="page draft-page">
      <div className="draft-head">
        <h1>{draft.title}</h1>
        <div className="meta">
          <span className="symbol">{draft.symbol}</span>
          <span>{KIND_LABELS[draft.kind] ?? draft.kind}</span>
          <span className="stage">{STAGE_LABELS[draft.stage] ?? draft.stage}</span>
          {draft.meeting ? (
            <span>Meeting: {draft.meeting}</span>
          ) : (
            draft.content?.meeting && <span>Text after: {draft.content.meeting}</span>
          )}
          {can(user, "dashboard") && <Link href={`/drafts/${draft.id}/dashboard`}>Dashboard</Link>}
          <Link href={`/drafts/${draft.id}/history`}>History</Link>
          {can(user, "export") && <ExportMenu documentId={draft.id} />}
        </div>
      </div>
      <DraftLifecycleNotice closedAt={draft.closedAt} archivedAt={draft.archivedAt} />
      {can(user, "manage") && (
        <ManageDraft
          draft={{
            id: draft.id,
            title: draft.title,
            symbol: tabledSymbol(draft.symbol, draft.revision),
            stage: draft.stage,
            meeting: draft.meeting,
            closed,
            archived: draft.archivedAt !== null,
          }}
        />
      )}
      <LiveDraft
        documentId={draft.id}
        // A closed draft is read-only for everyone; the collaboration server refuses changes too.
        canEdit={can(user, "edit") && !closed}
        canComment={can(user, "comment")}
        canRenumber={can(user, "renumber") && !closed}
        viewer={{ name: user.name, role: user.role, state: user.memberStateCode, stateName: user.memberStateName }}
      />
    </main>
  );
}
