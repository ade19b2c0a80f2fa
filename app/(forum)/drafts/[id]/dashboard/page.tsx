import type { Metadata } from "next";
import Link from "next/link";
import { DraftDashboard } from "@/components/dashboard/DraftDashboard";
import { draftForPage } from "@/server/documents/draft-for-page";
import { can } from "@/lib/policy/can";

export const metadata: Metadata = { title: "Dashboard" };

export default async function DraftDashboardPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { user, draft } = await draftForPage(id);
  return (
    <main className="page dashboard-page">
      <p className="breadcrumbs">
        <Link href="/dashboard">All drafts</Link> · <Link href={`/drafts/${draft.id}`}>Open the draft</Link>
      </p>
      <h1>{draft.title}</h1>
      <p className="symbol">{draft.symbol}</p>
      {can(user, "dashboard") ? (
        <DraftDashboard documentId={draft.id} />
      ) : (
        <p className="notice">The dashboard is kept for the chair and the secretariat.</p>
      )}
    </main>
  );
}
