// The secretariat resets a person's password: a new invitation link (older unused ones stop
// working), the old password stops working at once, and every session of the person ends — a
// reset is what one asks for when a password was forgotten or may be known to someone else.
import { InvalidInputError } from "../../lib/api/errors";
import type { InvitationLink } from "../../lib/api/users";
import type { SessionUser } from "../../lib/auth/session-user";
import { authorize } from "../../lib/policy/can";
import { recordAudit } from "../audit/record-audit";
import type { Database } from "../db/client";
import { isUuid } from "../db/uuid";
import { announceAccessChange } from "./announce-access";
import { invitationUrl, issueInvitation } from "./issue-invitation";
import { mailInvitations, type MailSettings } from "./mail-invitation";
import { PersonNotFoundError } from "./person-not-found";

export async function resetPassword(
  db: Database,
  actor: SessionUser,
  userId: string,
  settings: MailSettings,
): Promise<InvitationLink> {
  authorize(actor, "manage-people");
  if (!isUuid(userId)) throw new PersonNotFoundError();
  const { user, invitation } = await db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId } });
    if (!user) throw new PersonNotFoundError();
    if (!user.active)
      throw new InvalidInputError("This account is deactivated: reactivate it before resetting its password.");
    await tx.user.update({ where: { id: userId }, data: { passwordHash: null, sessionVersion: { increment: 1 } } });
    const invitation = await issueInvitation(tx, userId, actor.id);
    await recordAudit(tx, { actorId: actor.id, action: "user.invitation", details: { userId, email: user.email } });
    return { user, invitation };
  });
  await announceAccessChange(db, [userId]);
  const url = invitationUrl(settings.publicUrl, invitation.token);
  const [mailed = false] = await mailInvitations(settings, [
    { to: user.email, name: user.name, url, expiresAt: invitation.expiresAt, reset: true },
  ]);
  return { url, expiresAt: invitation.expiresAt.toISOString(), mailed };
}
