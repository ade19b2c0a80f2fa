// The secretariat opens an account for one person: the account (without a password) and its
// invitation link, in one transaction and one act of the audit log. The link is mailed when
// mail is set up, and always handed back to the secretariat.
import { AppError } from "../../lib/api/errors";
import type { CreatedPerson, CreatePersonBody } from "../../lib/api/users";
import type { SessionUser } from "../../lib/auth/session-user";
import { authorize } from "../../lib/policy/can";
import { recordAudit } from "../audit/record-audit";
import type { Database } from "../db/client";
import { checkDelegation } from "./delegation-rule";
import { invitationUrl, issueInvitation } from "./issue-invitation";
import { mailInvitations, type MailSettings } from "./mail-invitation";
import { findPersonRow, toPerson } from "./person-view";
import { isUniqueViolation } from "./transaction";

export const EMAIL_IN_USE = (email: string) => `An account with the email ${email} already exists.`;

export async function createPerson(
  db: Database,
  actor: SessionUser,
  input: CreatePersonBody,
  settings: MailSettings,
): Promise<CreatedPerson> {
  authorize(actor, "manage-people");
  input = { ...input, email: input.email.trim().toLowerCase() }; // one account per address, however typed
  const { user, invitation } = await db
    .$transaction(async (tx) => {
      await checkDelegation(tx, input.role, input.memberState);
      if (await tx.user.findUnique({ where: { email: input.email }, select: { id: true } })) {
        throw new AppError("conflict", EMAIL_IN_USE(input.email));
      }
      const user = await tx.user.create({
        data: { name: input.name, email: input.email, role: input.role, memberStateCode: input.memberState },
      });
      const invitation = await issueInvitation(tx, user.id, actor.id);
      await recordAudit(tx, {
        actorId: actor.id,
        action: "user.create",
        details: { userId: user.id, email: user.email, role: user.role, memberState: user.memberStateCode },
      });
      return { user, invitation };
    })
    .catch((error: unknown) => {
      if (isUniqueViolation(error)) throw new AppError("conflict", EMAIL_IN_USE(input.email));
      throw error;
    });
  const url = invitationUrl(settings.publicUrl, invitation.token);
  const [mailed = false] = await mailInvitations(settings, [
    { to: user.email, name: user.name, url, expiresAt: invitation.expiresAt, reset: false },
  ]);
  const person = toPerson((await findPersonRow(db, user.id))!);
  return { ...person, invitation: { url, expiresAt: invitation.expiresAt.toISOString(), mailed } };
}
