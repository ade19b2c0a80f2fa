// Who a session's person is now: a session cookie and a collaboration ticket say who signed in
// and under which session version; what that person may do is read from the database on every
// request, so that a change the secretariat makes (a new role, another delegation, a
// deactivation) holds from the next request on, without ending the session for a role change.
import type { SessionUser } from "../../lib/auth/session-user";
import type { Database } from "../db/client";

/** The account as it stands, or null: gone, deactivated, or its sessions ended since `version`. */
export async function currentAccount(db: Database, userId: string, version: number): Promise<SessionUser | null> {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      memberStateCode: true,
      memberState: { select: { name: true } },
      active: true,
      sessionVersion: true,
    },
  });
  if (!user || !user.active || user.sessionVersion !== version) return null;
  return sessionUserOf(user);
}

/** What a session carries of an account (sign-in writes it into the cookie; requests read it back). */
export function sessionUserOf(
  user: Omit<SessionUser, "memberStateName" | "sessionVersion"> & {
    memberState: { name: string } | null;
    sessionVersion: number;
  },
): SessionUser {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    memberStateCode: user.memberStateCode,
    memberStateName: user.memberState?.name ?? null,
    sessionVersion: user.sessionVersion,
  };
}
