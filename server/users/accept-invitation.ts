// A person opens their invitation link and sets a password: the link is used up, the password
// stored (Argon2id), and any session the account still had ends. A link that is forged (404),
// used, expired or replaced (400) changes nothing.
import { AppError } from "../../lib/api/errors";
import { recordAudit } from "../audit/record-audit";
import { hashPassword } from "../auth/password";
import type { Database } from "../db/client";
import { announceAccessChange } from "./announce-access";
import { findInvitation, INVITATION_PROBLEMS } from "./find-invitation";

export async function acceptInvitation(db: Database, token: string, password: string): Promise<void> {
  const found = await findInvitation(db, token);
  if (found.state === "unknown") throw new AppError("not-found", INVITATION_PROBLEMS.unknown);
  if (found.state !== "valid") throw new AppError("invalid", INVITATION_PROBLEMS[found.state]);
  const passwordHash = await hashPassword(password);
  await db.$transaction(async (tx) => {
    // Used up only if still unused and unexpired now: of two tabs sending the form at once, one wins.
    const now = new Date();
    const taken = await tx.invitation.updateMany({
      where: { id: found.invitationId, usedAt: null, expiresAt: { gt: now } },
      data: { usedAt: now },
    });
    if (taken.count !== 1) throw new AppError("invalid", INVITATION_PROBLEMS.used);
    const user = await tx.user.updateMany({
      where: { id: found.userId, active: true },
      data: { passwordHash, sessionVersion: { increment: 1 } },
    });
    if (user.count !== 1) throw new AppError("invalid", INVITATION_PROBLEMS.inactive);
    await recordAudit(tx, {
      actorId: found.userId,
      action: "user.password",
      details: { userId: found.userId, through: "invitation" },
    });
  });
  await announceAccessChange(db, [found.userId]);
}
