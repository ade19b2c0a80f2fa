import type { Metadata } from "next";
import Link from "next/link";
import { DraftsTable } from "@/components/drafts/DraftsTable";
import { requirePageUser } from "@/server/auth/current-user";
import { db } from "@/server/db/client";
import { listDocuments } from "@/server/documents/list-documents";

export const metadata: Metadata = { title: "Archived drafts" };

export default async function ArchivedDraftsPage() {
  const user = await requirePageUser();
  const drafts = await listDocuments(db(), user, { archived: true });
  return (
    <main className="page">
      <p className="breadcrumbs">
        <Link href="/">Drafts</Link>
      </p>
      <h1>Archived drafts</h1>
      <p className="quiet">
        Drafts the secretariat has archived: out of the list of drafts, still here to read, with their history.
      </p>
      {drafts.length === 0 ? (
        <p>No draft has been archived.</p>
      ) : (
        <DraftsTable drafts={drafts} caption="Archived drafts" />
      )}
    </main>
  );
}
