// Decides a sign-in attempt. Every failure looks the same to the person signing in (one generic
// message), so that nobody learns which emails have accounts; only throttling is told apart,
// because the person must know to wait.
import { sessionUserOf } from "./current-account";
import { recordAudit } from "../audit/record-audit";
import type { Database } from "../db/client";
import { decoyHash, verifyPassword } from "./password";
import type { SessionUser } from "../../lib/auth/session-user";
import { releaseAttempt, reserveAttempt } from "./sign-in-throttle";

export type SignInOutcome =
  | { ok: true; user: SessionUser }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "throttled"; retryAfterSeconds: number };

export interface SignInAttempt {
  email: string;
  password: string;
  clientAddress: string | null;
}

const MAX_FIELD = 512;

export async function verifyCredentials(db: Database, attempt: SignInAttempt): Promise<SignInOutcome> {
  const email = attempt.email.trim().toLowerCase();
  if (!email || !attempt.password || email.length > MAX_FIELD || attempt.password.length > MAX_FIELD) {
    return { ok: false, reason: "invalid" };
  }
  const keys = { account: email, client: attempt.clientAddress };
  // Reserved before the (slow) password check, so that simultaneous attempts cannot all slip in.
  const wait = await reserveAttempt(db, keys);
  if (wait > 0) return { ok: false, reason: "throttled", retryAfterSeconds: wait };

  const user = await db.user.findUnique({ where: { email }, include: { memberState: true } });
  // An account without a password (invited, not yet set) or a deactivated one is refused exactly
  // as a wrong password is, after the same hashing work, so that nothing tells them apart.
  let passwordOk = false;
  if (user?.passwordHash) passwordOk = await verifyPassword(user.passwordHash, attempt.password);
  else await verifyPassword(await decoyHash(), attempt.password); // the same work, never a match
  if (!user || !user.active || !passwordOk) {
    // The reservation stays: it is the failure.
    await recordAudit(db, {
      actorId: user?.id ?? null,
      action: "auth.sign-in-failed",
      details: { email, clientAddress: attempt.clientAddress },
    });
    return { ok: false, reason: "invalid" };
  }

  await releaseAttempt(db, keys);
  await recordAudit(db, {
    actorId: user.id,
    action: "auth.sign-in",
    details: { clientAddress: attempt.clientAddress },
  });
  return { ok: true, user: sessionUserOf(user) };
}
