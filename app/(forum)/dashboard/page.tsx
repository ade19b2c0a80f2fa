import type { Metadata } from "next";
import Link from "next/link";
import { ForumDashboard } from "@/components/dashboard/ForumDashboard";
import { requirePageUser } from "@/server/auth/current-user";
import { db } from "@/server/db/client";
import { listDocuments } from "@/server/documents/list-documents";
import { can } from "@/lib/policy/can";

export const metadata: Metadata = { title: "Dashboard" };

export default async function DashboardPage() {
  const user = await requirePageUser();
  if (!can(user, "dashboard")) {
    return (
      <main className="page dashboard-page">
        <h1>Dashboard</h1>
        <p className="notice">
          The dashboard is kept for the chair and the secretariat. <Link href="/">Back to the drafts</Link>
        </p>
      </main>
    );
  }
  const drafts = await listDocuments(db(), user);
  return (
    <main className="page dashboard-page">
      <p className="breadcrumbs">
        <Link href="/">Drafts</Link>
      </p>
      <h1>Where the drafts stand</h1>
      <ForumDashboard drafts={drafts.map(({ id, title, symbol }) => ({ id, title, symbol }))} />
    </main>
  );
}
