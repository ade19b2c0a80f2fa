import type { Metadata } from "next";
import Link from "next/link";
import { KIND_LABELS, STAGE_LABELS } from "@/lib/forum/labels";
import { requirePageUser } from "@/server/auth/current-user";
import { db } from "@/server/db/client";
import { listDocuments } from "@/server/documents/list-documents";
import "../drafts-list.css";

export const metadata: Metadata = { title: "Archived drafts" };

const dateFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

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
        <table className="drafts">
          <caption className="visually-hidden">Archived drafts</caption>
          <thead>
            <tr>
              <th scope="col">Title</th>
              <th scope="col">Symbol</th>
              <th scope="col">Kind</th>
              <th scope="col">Stage</th>
              <th scope="col">Last change (UTC)</th>
            </tr>
          </thead>
          <tbody>
            {drafts.map((draft) => (
              <tr key={draft.id}>
                <td>
                  <Link href={`/drafts/${draft.id}`}>{draft.title}</Link>
                </td>
                <td className="symbol">{draft.symbol}</td>
                <td>{KIND_LABELS[draft.kind] ?? draft.kind}</td>
                <td>
                  <span className="stage">{STAGE_LABELS[draft.stage] ?? draft.stage}</span>
                </td>
                <td>
                  <time dateTime={draft.updatedAt}>{dateFormat.format(new Date(draft.updatedAt))}</time>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </main>
  );
}
