// A paragraph's status as the revisions screens write it: its mark and its word, in its colour
// ("✓ Agreed", "[ ] Bracketed"), the same signs as the editor and the dashboard.
import type { DisplayStatus } from "@/lib/negotiation";
import { STATUS_WORDS } from "../dashboard/StatusCounts";
import "./change-labels.css";

export function statusWord(status: DisplayStatus): string {
  return STATUS_WORDS[status]?.word ?? status;
}

export function StatusWord({ status }: { status: DisplayStatus }) {
  return (
    <span className={`status-word status-word--${status}`}>
      <span aria-hidden="true" className="status-mark">
        {STATUS_WORDS[status]?.mark}
      </span>{" "}
      {statusWord(status)}
    </span>
  );
}
