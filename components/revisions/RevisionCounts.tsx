// How a text stood at one point of its history: paragraphs agreed, ad ref, bracketed and open,
// each with its mark and word as well as its colour (ui.md: never colour alone).
import type { StatusCounts } from "@/server/revisions/snapshot";
import { STATUS_WORDS } from "../dashboard/StatusCounts";

const ORDER = ["agreed", "agreed_ad_ref", "bracketed", "open"] as const;

export function RevisionCounts({ counts }: { counts: StatusCounts }) {
  return (
    <ul className="revision-counts" aria-label="Paragraphs by status">
      {ORDER.map((status) => (
        <li key={status} className={`status-count--${status}`} data-status={status}>
          <span aria-hidden="true" className="status-mark">
            {STATUS_WORDS[status].mark}
          </span>{" "}
          <strong>{counts[status] ?? 0}</strong> {STATUS_WORDS[status].word.toLowerCase()}
        </li>
      ))}
    </ul>
  );
}
