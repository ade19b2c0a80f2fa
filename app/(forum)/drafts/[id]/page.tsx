import type { Metadata } from "next";
import Link from "next/link";
import { ExportMenu } from "@/components/export/ExportMenu";
import { LiveDraft } from "@/components/live-draft/LiveDraft";
import { KIND_LABELS, STAGE_LABELS } from "@/lib/forum/labels";
import { draftForPage } from "@/server/documents/draft-for-page";
import { can } from "@/lib/policy/can";
import "./draft-page.css";

export const metadata: Metadata = { title: "Draft" };

export default async function DraftPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { user, draft } = await draftForPage(id);
  return (
    <main className="page draft-page">
      <div className="draft-head">
        <h1>{draft.title}</h1>
        <div className="meta">
          <span className="symbol">{draft.symbol}</span>
          <span>{KIND_LABELS[draft.kind] ?? draft.kind}</span>
          <span className="stage">{STAGE_LABELS[draft.stage] ?? draft.stage}</span>
          {draft.content?.meeting && <span>Text after: {draft.content.meeting}</span>}
          {can(user, "dashboard") && <Link href={`/drafts/${draft.id}/dashboard`}>Dashboard</Link>}
          <Link href={`/drafts/${draft.id}/history`}>History</Link>
          {can(user, "export") && <ExportMenu documentId={draft.id} />}
        </div>
      </div>
      <LiveDraft
        documentId={draft.id}
        canEdit={can(user, "edit")}
        canComment={can(user, "comment")}
        canRenumber={can(user, "renumber")}
        viewer={{ name: user.name, role: user.role, state: user.memberStateCode, stateName: user.memberStateName }}
      />
    </main>
  );
}
