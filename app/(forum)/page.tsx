import type { Metadata } from "next";
import Link from "next/link";
import { KIND_LABELS, STAGE_LABELS } from "@/lib/forum/labels";
import { requirePageUser } from "@/server/auth/current-user";
import { db } from "@/server/db/client";
import { listDocuments } from "@/server/documents/list-documents";
import { can } from "@/lib/policy/can";
import "./drafts-list.css";

export const metadata: Metadata = { title: "Drafts" };

const dateFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

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
        <table className="drafts">
          <caption className="visually-hidden">Drafts under negotiation</caption>
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
      <p>
        <Link href="/archived">Archived drafts</Link>: out of this list, still readable.
      </p>
    </main>
  );
}
