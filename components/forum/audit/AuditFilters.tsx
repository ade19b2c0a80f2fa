// The audit log's filters: a plain form that reloads the page with its choices in the address, so
// that a filtered log can be bookmarked and sent to a colleague, and works without a script.
import type { AuditQuery } from "@/lib/api/audit";
import { ROLE_LABELS, type Role } from "@/lib/auth/session-user";
import { ACTION_CHOICES } from "./audit-words";
import "../../forms.css";
import "./audit.css";

export interface FilterChoices {
  people: { id: string; name: string; role: string; memberState: string | null }[];
  drafts: { id: string; title: string; symbol: string }[];
}

export function AuditFilters({ choices, query }: { choices: FilterChoices; query: AuditQuery }) {
  const known = ACTION_CHOICES.some((choice) => choice.action === query.action);
  return (
    <form className="audit-filters" method="get" aria-label="Filter the audit log">
      <div className="field">
        <label htmlFor="audit-actor">Person</label>
        <select id="audit-actor" name="actor" defaultValue={query.actor ?? ""}>
          <option value="">Everyone</option>
          {choices.people.map((person) => (
            <option key={person.id} value={person.id}>
              {person.name} — {ROLE_LABELS[person.role as Role] ?? person.role}
              {person.memberState ? ` (${person.memberState})` : ""}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="audit-document">Draft</label>
        <select id="audit-document" name="document" defaultValue={query.document ?? ""}>
          <option value="">Every draft, and acts on none</option>
          {choices.drafts.map((draft) => (
            <option key={draft.id} value={draft.id}>
              {draft.symbol} — {draft.title.length > 60 ? `${draft.title.slice(0, 59)}…` : draft.title}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="audit-action">Action</label>
        <select id="audit-action" name="action" defaultValue={query.action ?? ""}>
          <option value="">Every action</option>
          {ACTION_CHOICES.map((choice) => (
            <option key={choice.action} value={choice.action}>
              {choice.label}
            </option>
          ))}
          {query.action && !known && <option value={query.action}>{query.action}</option>}
        </select>
      </div>
      <div className="form-actions">
        <button type="submit">Show</button>
        <a className="button secondary" href="?">
          Clear the filters
        </a>
      </div>
    </form>
  );
}
