import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { LiveDraft } from "@/components/live-draft/LiveDraft";
import { KIND_LABELS, STAGE_LABELS } from "@/lib/forum/labels";
import { requirePageUser } from "@/server/auth/current-user";
import { db } from "@/server/db/client";
import { DocumentNotFoundError, getDocument } from "@/server/documents/get-document";
import { can } from "@/server/policies/document";

export const metadata: Metadata = { title: "Draft" };

export default async function DraftPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePageUser();
  const draft = await getDocument(db(), user, id).catch((error: unknown) => {
    if (error instanceof DocumentNotFoundError) notFound();
    throw error;
  });
  return (
    <main className="page draft-page">
      <div className="draft-head">
        <h1>{draft.title}</h1>
        <div className="meta">
          <span className="symbol">{draft.symbol}</span>
          <span>{KIND_LABELS[draft.kind] ?? draft.kind}</span>
          <span className="stage">{STAGE_LABELS[draft.stage] ?? draft.stage}</span>
          {draft.content?.meeting && <span>Text after: {draft.content.meeting}</span>}
        </div>
      </div>
      <LiveDraft
        documentId={draft.id}
        canEdit={can(user, "edit")}
        canComment={can(user, "comment")}
        viewer={{ name: user.name, role: user.role, state: user.memberStateCode, stateName: user.memberStateName }}
      />
    </main>
  );
}
