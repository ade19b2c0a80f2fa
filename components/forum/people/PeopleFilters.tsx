// Search and filters of the People page: a plain GET form, so that a filtered list is a link the
// secretariat can keep or share, and works before any script has loaded.
import { ROLES, type PeopleQuery } from "@/lib/api/users";
import { ROLE_LABELS } from "@/lib/auth/session-user";
import type { StateOption } from "./RoleAndState";
import "@/components/forms.css";
import "./people.css";

export function PeopleFilters({ query, states }: { query: PeopleQuery; states: StateOption[] }) {
  return (
    <form className="people-filters" method="get" role="search" aria-label="Find people">
      <div className="field">
        <label htmlFor="people-q">Name or email</label>
        <input id="people-q" name="q" type="search" defaultValue={query.q ?? ""} />
      </div>
      <div className="field">
        <label htmlFor="people-role">Role</label>
        <select id="people-role" name="role" defaultValue={query.role ?? ""}>
          <option value="">Any role</option>
          {ROLES.map((role) => (
            <option key={role} value={role}>
              {ROLE_LABELS[role]}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="people-state">Delegation</label>
        <select id="people-state" name="state" defaultValue={query.state ?? ""}>
          <option value="">Any delegation</option>
          {states.map((state) => (
            <option key={state.code} value={state.code}>
              {state.name} ({state.code})
            </option>
          ))}
        </select>
      </div>
      <div className="form-actions">
        <button type="submit" className="secondary">
          Find
        </button>
      </div>
    </form>
  );
}
