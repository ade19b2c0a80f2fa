// Who sees and does what with comment threads. Pure, so that it is tested exhaustively and
// asked the same way by routes and the live channel.
import type { SessionUser } from "../../lib/auth/session-user";
import { can } from "../../lib/policy/can";

export interface ThreadAccessFacts {
  delegation: string;
  visibility: "PUBLIC" | "INTERNAL";
}

/** The delegation a user speaks for: their Member State, or the chair or the secretariat. */
export function delegationOf(user: Pick<SessionUser, "role" | "memberStateCode">): string | null {
  if (user.role === "DELEGATE") return user.memberStateCode;
  if (user.role === "CHAIR" || user.role === "SECRETARIAT") return user.role;
  return null; // observers speak for nobody
}

/** An internal thread is seen by its own delegation only: never by anyone else, chair included. */
export function canSeeThread(user: Pick<SessionUser, "role" | "memberStateCode">, thread: ThreadAccessFacts): boolean {
  if (!can(user, "read")) return false;
  return thread.visibility === "PUBLIC" || delegationOf(user) === thread.delegation;
}

export function canWriteIn(user: Pick<SessionUser, "role" | "memberStateCode">, thread: ThreadAccessFacts): boolean {
  return can(user, "comment") && delegationOf(user) !== null && canSeeThread(user, thread);
}

/** Resolving and reopening: the thread's own delegation, or the chair who steers the room. */
export function canResolve(user: Pick<SessionUser, "role" | "memberStateCode">, thread: ThreadAccessFacts): boolean {
  if (!canWriteIn(user, thread)) return false;
  return user.role === "CHAIR" || delegationOf(user) === thread.delegation;
}
