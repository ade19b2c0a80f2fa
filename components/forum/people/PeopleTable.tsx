// The forum's people: name, email, role, delegation, whether they can sign in; with the
// secretariat's actions on each, or read-only for the chair.
import type { Person } from "@/lib/api/users";
import { ROLE_LABELS } from "@/lib/auth/session-user";
import { StateChip } from "@/components/StateChip";
import { PersonActions } from "./PersonActions";
import type { StateOption } from "./RoleAndState";
import "./people.css";

function standing(person: Person): string {
  if (!person.active) return "Deactivated";
  return person.passwordSet ? "Active" : "Invited — no password yet";
}

export function PeopleTable({
  people,
  states,
  manage,
  viewerId,
}: {
  people: Person[];
  states: StateOption[];
  /** The secretariat's actions; without them (the chair) the list is read-only. */
  manage: boolean;
  viewerId: string;
}) {
  if (people.length === 0) return <p className="notice">Nobody matches this search.</p>;
  return (
    <table className="people">
      <caption className="visually-hidden">People of the forum</caption>
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">Email</th>
          <th scope="col">Role</th>
          <th scope="col">Delegation</th>
          <th scope="col">Account</th>
          {manage && <th scope="col">Actions</th>}
        </tr>
      </thead>
      <tbody>
        {people.map((person) => (
          <tr key={person.id} className={person.active ? undefined : "inactive"} data-email={person.email}>
            <th scope="row">{person.name}</th>
            <td>{person.email}</td>
            <td>{ROLE_LABELS[person.role]}</td>
            <td>
              {person.memberState ? (
                <>
                  <StateChip code={person.memberState} name={person.memberStateName} /> {person.memberStateName}
                </>
              ) : (
                <span className="quiet">—</span>
              )}
            </td>
            <td>{standing(person)}</td>
            {manage && (
              <td>
                <PersonActions person={person} states={states} self={person.id === viewerId} />
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
