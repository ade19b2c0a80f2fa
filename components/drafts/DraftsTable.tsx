// The drafts as a table: the list of drafts under negotiation and the archived ones alike.
import Link from "next/link";
import type { DocumentListItem } from "@/lib/api/documents";
import { KIND_LABELS, STAGE_LABELS } from "@/lib/forum/labels";
import "./drafts-table.css";

const dateFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

export function DraftsTable({ drafts, caption }: { drafts: DocumentListItem[]; caption: string }) {
  return (
    <table className="drafts">
      <caption className="visually-hidden">{caption}</caption>
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
  );
}
