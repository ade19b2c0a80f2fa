// Ending sessions that live in cookies. A session cookie (a signed JWT) and a collaboration
// ticket cannot be taken back once handed out, so each carries the user's session version from
// the moment it was issued, and is honoured only while the version in the database is the same.
// Signing out, "sign out everywhere", and later a password change or a deactivation bump it.
import { recordAudit } from "../audit/record-audit";
import type { Database } from "../db/client";

/** The user's current session version; null when the account no longer exists. */
export async function currentSessionVersion(db: Database, userId: string): Promise<number | null> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { sessionVersion: true } });
  return user?.sessionVersion ?? null;
}

/** True while a session (or ticket) issued under `version` still stands. */
export async function sessionIsCurrent(db: Database, userId: string, version: number): Promise<boolean> {
  return (await currentSessionVersion(db, userId)) === version;
}

/** Ends every session and ticket the user holds, in every browser; `why` goes to the audit log. */
export async function endAllSessions(db: Database, userId: string, why: string): Promise<void> {
  await db.user.updateMany({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
  await recordAudit(db, { actorId: userId, action: why });
}
