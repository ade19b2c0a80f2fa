"use client";

// What the secretariat can do to one account: change the role or delegation, reset the password
// (a new link, shown once) and deactivate or reactivate. Each takes effect at once — the person's
// sessions end and their open editors close or turn read-only — so each asks first.
import { useRouter } from "next/navigation";
import { useState } from "react";
import type { InvitationLink, Person, UpdatePersonRequest } from "@/lib/api/users";
import type { Role } from "@/lib/auth/session-user";
import { ConfirmDialog } from "@/components/revisions/ConfirmDialog";
import { InvitationLinkNotice } from "./InvitationLinkNotice";
import { peopleApi } from "./people-api";
import { RoleAndState, type StateOption } from "./RoleAndState";
import "@/components/forms.css";
import "./people.css";

type Asking = "reset" | "active" | null;

export function PersonActions({ person, states, self }: { person: Person; states: StateOption[]; self: boolean }) {
  const router = useRouter();
  const [editing, setEditing] = useState(false);
  const [role, setRole] = useState<Role>(person.role);
  const [state, setState] = useState(person.memberState ?? "");
  const [asking, setAsking] = useState<Asking>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [link, setLink] = useState<InvitationLink | null>(null);

  async function act(work: () => Promise<unknown>, done: () => void) {
    setBusy(true);
    setProblem(null);
    try {
      await work();
      done();
      router.refresh();
    } catch (error) {
      setProblem((error as Error).message);
    } finally {
      setBusy(false);
    }
  }

  const close = () => {
    setAsking(null);
    setProblem(null);
  };

  const update = (changes: UpdatePersonRequest, done: () => void) =>
    act(() => peopleApi.update(person.id, changes), done);

  return (
    <div className="person-actions">
      {!editing && (
        <div className="person-buttons">
          <button type="button" className="secondary small" disabled={self} onClick={() => setEditing(true)}>
            Change role
          </button>
          {person.active && (
            <button type="button" className="secondary small" onClick={() => setAsking("reset")}>
              Reset password
            </button>
          )}
          <button type="button" className="secondary small" disabled={self} onClick={() => setAsking("active")}>
            {person.active ? "Deactivate" : "Reactivate"}
          </button>
        </div>
      )}
      {editing && (
        <form
          className="person-role-form"
          aria-label={`Role of ${person.name}`}
          onSubmit={(event) => {
            event.preventDefault();
            void update({ role, memberState: role === "DELEGATE" ? state || null : null }, () => setEditing(false));
          }}
        >
          <RoleAndState
            role={role}
            state={state}
            states={states}
            onChange={(nextRole, nextState) => {
              setRole(nextRole);
              setState(nextState);
            }}
          />
          <p className="form-hint">Their sessions end: they sign in again with the new role.</p>
          <div className="form-actions">
            <button type="submit" className="small" disabled={busy}>
              {busy ? "Saving…" : "Save"}
            </button>
            <button type="button" className="secondary small" disabled={busy} onClick={() => setEditing(false)}>
              Cancel
            </button>
          </div>
        </form>
      )}
      {problem && !asking && (
        <p className="form-problem" role="alert">
          {problem}
        </p>
      )}
      {link && <InvitationLinkNotice who={`${person.name} (${person.email})`} link={link} />}
      <ConfirmDialog
        open={asking === "reset"}
        title={`Reset the password of ${person.name}?`}
        confirmLabel="Reset password"
        busyLabel="Resetting…"
        busy={busy}
        problem={asking === "reset" ? problem : null}
        onClose={close}
        onConfirm={() =>
          void act(
            async () => setLink(await peopleApi.resetPassword(person.id)),
            () => setAsking(null),
          )
        }
      >
        <p>
          Their current password stops working and they are signed out everywhere. You get a new invitation link, valid
          72 hours, through which they set a new password; any older link stops working.
        </p>
      </ConfirmDialog>
      <ConfirmDialog
        open={asking === "active"}
        title={person.active ? `Deactivate ${person.name}?` : `Reactivate ${person.name}?`}
        confirmLabel={person.active ? "Deactivate" : "Reactivate"}
        busyLabel={person.active ? "Deactivating…" : "Reactivating…"}
        busy={busy}
        problem={asking === "active" ? problem : null}
        onClose={close}
        onConfirm={() => void update({ active: !person.active }, () => setAsking(null))}
      >
        <p>
          {person.active
            ? "They are signed out at once, their open drafts close within seconds, and they cannot sign in until reactivated. Their contributions stay in the drafts' history."
            : "They can sign in again with their password. If they never set one, reset their password to give them a link."}
        </p>
      </ConfirmDialog>
    </div>
  );
}
