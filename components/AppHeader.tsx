import Link from "next/link";
import { ROLE_LABELS, type SessionUser } from "@/lib/auth/session-user";
import { can } from "@/lib/policy/can";
import { SignOutButton } from "./SignOutButton";
import { SignOutEverywhereButton } from "./SignOutEverywhereButton";
import { StateChip } from "./StateChip";
import "./app-header.css";
import "./chips.css";

export function AppHeader({ user }: { user: SessionUser }) {
  return (
    <header className="app-header">
      <Link href="/" className="brand">
        Concord
      </Link>
      <nav aria-label="Main">
        <Link href="/">Drafts</Link>
        {can(user, "read-forum") && <Link href="/forum">Forum</Link>}
        {can(user, "read-people") && <Link href="/forum/people">People</Link>}
      </nav>
      <div className="who" aria-label="Signed in as">
        <Link href="/account" title="Your account: password, sessions">
          <strong>{user.name}</strong>
        </Link>
        <span className="role-chip">{ROLE_LABELS[user.role]}</span>
        {user.memberStateCode && <StateChip code={user.memberStateCode} name={user.memberStateName} />}
        <SignOutButton />
        <SignOutEverywhereButton />
      </div>
    </header>
  );
}
