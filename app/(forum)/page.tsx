import type { Metadata } from "next";
import Link from "next/link";
import { DraftsTable } from "@/components/drafts/DraftsTable";
import { requirePageUser } from "@/server/auth/current-user";
import { db } from "@/server/db/client";
import { listDocuments } from "@/server/documents/list-documents";
import { can } from "@/lib/policy/can";
import "./drafts-list.css";

export const metadata: Metadata = { title: "Drafts" };

export default async function DraftsPage() {
  const user = await requirePageUser();
  const drafts = await listDocuments(db(), user);
  return (
    <main className="page">
      <h1>Drafts</h1>
      {can(user, "dashboard") && (
        <p className="dashboard-link">
          <Link href="/dashboard">Dashboard: where the drafts stand</Link>
        </p>
      )}
      {can(user, "create") && (
        <p className="new-draft-link">
          <Link href="/forum/drafts/new">New draft: empty, or imported from Word</Link>
        </p>
      )}
      {drafts.length === 0 ? (
        <p>There are no drafts in this forum yet.</p>
      ) : (
        <DraftsTable drafts={drafts} caption="Drafts under negotiation" />
      )}
      <p>
        <Link href="/archived">Archived drafts</Link>: out of this list, still readable.
      </p>
    </main>
  );
}
