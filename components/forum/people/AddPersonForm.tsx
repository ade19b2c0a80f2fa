"use client";

// "Add a person": name, email, role and (for a delegate) delegation. The account is opened at
// once, without a password; the invitation link through which the person sets one is shown here,
// once.
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import type { CreatedPerson } from "@/lib/api/users";
import type { Role } from "@/lib/auth/session-user";
import { InvitationLinkNotice } from "./InvitationLinkNotice";
import { peopleApi } from "./people-api";
import { RoleAndState, type StateOption } from "./RoleAndState";
import "@/components/forms.css";
import "./people.css";

export function AddPersonForm({ states }: { states: StateOption[] }) {
  const router = useRouter();
  const [name, setName] = useState("");
  const [email, setEmail] = useState("");
  const [role, setRole] = useState<Role>("DELEGATE");
  const [state, setState] = useState("");
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [created, setCreated] = useState<CreatedPerson | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setProblem(null);
    setCreated(null);
    try {
      const person = await peopleApi.create({
        name,
        email,
        role,
        memberState: role === "DELEGATE" ? state || null : null,
      });
      setCreated(person);
      setName("");
      setEmail("");
      router.refresh();
    } catch (error) {
      setProblem(`The account was not opened. ${(error as Error).message}`);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="people-panel" aria-labelledby="add-person-title">
      <h2 id="add-person-title">Add a person</h2>
      <form onSubmit={submit} className="people-form">
        <div className="field">
          <label htmlFor="person-name">Name</label>
          <input id="person-name" value={name} required maxLength={200} onChange={(e) => setName(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="person-email">Email</label>
          <input
            id="person-email"
            type="email"
            value={email}
            required
            maxLength={320}
            onChange={(e) => setEmail(e.target.value)}
          />
        </div>
        <RoleAndState
          role={role}
          state={state}
          states={states}
          onChange={(nextRole, nextState) => {
            setRole(nextRole);
            setState(nextState);
          }}
        />
        <div className="form-actions">
          <button type="submit" disabled={busy}>
            {busy ? "Opening the account…" : "Add and invite"}
          </button>
        </div>
      </form>
      {problem && (
        <p className="form-problem" role="alert">
          {problem}
        </p>
      )}
      {created && <InvitationLinkNotice who={`${created.name} (${created.email})`} link={created.invitation} />}
    </section>
  );
}
