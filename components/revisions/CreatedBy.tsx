// Who issued a revision: their name, role and (for a delegate) Member State.
import { ROLE_LABELS, type Role } from "@/lib/auth/session-user";
import type { RevisionSummary } from "@/lib/api/revisions";
import { StateChip } from "../StateChip";
import "./revision-names.css";

export function CreatedBy({ by }: { by: RevisionSummary["createdBy"] }) {
  if (!by) return <span>taken automatically</span>;
  return (
    <span className="created-by">
      {by.name} ({ROLE_LABELS[by.role as Role] ?? by.role}){by.memberState && <StateChip code={by.memberState} />}
    </span>
  );
}
