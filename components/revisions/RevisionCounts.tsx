// How a text stood at one point of its history: its numbered paragraphs agreed, ad ref, bracketed,
// open and deleted, each with its mark and word as well as its colour (ui.md: never colour alone),
// counted and worded as the dashboard counts them (one derivation: countParagraphs).
import type { StatusCounts } from "@/lib/api/revisions";
import { paragraphTotalWords, STATUS_WORDS } from "../dashboard/StatusCounts";
import "./history.css";

const ORDER = ["agreed", "agreed_ad_ref", "bracketed", "open", "deleted"] as const;

export function RevisionCounts({ counts }: { counts: StatusCounts }) {
  return (
    <ul className="revision-counts" aria-label="Paragraphs by status">
      <li className="paragraph-total">{paragraphTotalWords(counts)}:</li>
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
