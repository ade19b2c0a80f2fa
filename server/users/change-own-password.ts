// A person changes their own password: the current one first (checked as a sign-in is, and
// throttled the same way, so that a cookie left on a shared computer cannot be used to guess it),
// then the new one. Every session of theirs ends — other browsers included; the browser that
// made the change signs in again with the new password.
import { AppError } from "../../lib/api/errors";
import type { ChangePasswordBody } from "../../lib/api/users";
import type { SessionUser } from "../../lib/auth/session-user";
import { recordAudit } from "../audit/record-audit";
import { hashPassword, verifyPassword } from "../auth/password";
import { releaseAttempt, reserveAttempt } from "../auth/sign-in-throttle";
import type { Database } from "../db/client";
import { announceAccessChange } from "./announce-access";

export async function changeOwnPassword(db: Database, user: SessionUser, input: ChangePasswordBody): Promise<void> {
  const keys = { account: user.email, client: null };
  const wait = await reserveAttempt(db, keys);
  if (wait > 0) {
    throw new AppError(
      "invalid",
      `Too many unsuccessful attempts. Wait ${wait} second${wait === 1 ? "" : "s"} and try again.`,
    );
  }
  const row = await db.user.findUnique({ where: { id: user.id }, select: { passwordHash: true } });
  if (!row?.passwordHash || !(await verifyPassword(row.passwordHash, input.current))) {
    await recordAudit(db, { actorId: user.id, action: "user.password-failed", details: { userId: user.id } });
    throw new AppError("invalid", "Your current password is not correct.");
  }
  await releaseAttempt(db, keys);
  if (input.current === input.password)
    throw new AppError("invalid", "The new password is the same as the current one.");
  const passwordHash = await hashPassword(input.password);
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { passwordHash, sessionVersion: { increment: 1 } } });
    await recordAudit(tx, { actorId: user.id, action: "user.password", details: { userId: user.id, through: "own" } });
  });
  await announceAccessChange(db, [user.id]);
}
