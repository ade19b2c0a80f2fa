"use client";

// The role and, for a delegate, the delegation: one pair of fields used by "Add a person" and by
// each person's "Change role" form, so both say the same thing the same way.
import { useId } from "react";
import { ROLES } from "@/lib/api/users";
import { ROLE_LABELS, type Role } from "@/lib/auth/session-user";

export interface StateOption {
  code: string;
  name: string;
}

export function RoleAndState({
  role,
  state,
  states,
  onChange,
}: {
  role: Role;
  state: string;
  states: StateOption[];
  onChange: (role: Role, state: string) => void;
}) {
  const id = useId();
  return (
    <>
      <div className="field">
        <label htmlFor={`${id}-role`}>Role</label>
        <select id={`${id}-role`} value={role} onChange={(event) => onChange(event.target.value as Role, state)}>
          {ROLES.map((value) => (
            <option key={value} value={value}>
              {ROLE_LABELS[value]}
            </option>
          ))}
        </select>
      </div>
      {role === "DELEGATE" && (
        <div className="field">
          <label htmlFor={`${id}-state`}>Delegation</label>
          <select id={`${id}-state`} value={state} required onChange={(event) => onChange(role, event.target.value)}>
            <option value="">Choose a Member State…</option>
            {states.map((option) => (
              <option key={option.code} value={option.code}>
                {option.name} ({option.code})
              </option>
            ))}
          </select>
        </div>
      )}
    </>
  );
}
