// What an invitation link leads to, for its page and its route: a link that works (and whose
// account it opens), or why it does not. A forged token and one that never existed look alike.
import type { Database } from "../db/client";
import { hashInvitationToken } from "./invitation-token";

export type InvitationState =
  | { state: "valid"; invitationId: string; userId: string; name: string; email: string; expiresAt: Date }
  | { state: "used" | "expired" | "inactive" | "unknown" };

export const INVITATION_PROBLEMS: Record<Exclude<InvitationState["state"], "valid">, string> = {
  used: "This invitation link was already used to set a password. Sign in with that password, or ask the secretariat for a new link.",
  expired: "This invitation link has expired or was replaced by a newer one. Ask the secretariat for a new link.",
  inactive: "This account is deactivated. Ask the secretariat if you should still have access.",
  unknown: "This invitation link is not valid. Check that you copied all of it, or ask the secretariat for a new link.",
};

const TOKEN = /^[A-Za-z0-9_-]{20,100}$/;

export async function findInvitation(db: Database, token: string, now = new Date()): Promise<InvitationState> {
  if (!TOKEN.test(token)) return { state: "unknown" };
  const invitation = await db.invitation.findUnique({
    where: { tokenHash: hashInvitationToken(token) },
    include: { user: { select: { name: true, email: true, active: true } } },
  });
  if (!invitation) return { state: "unknown" };
  if (invitation.usedAt) return { state: "used" };
  if (invitation.expiresAt <= now) return { state: "expired" };
  if (!invitation.user.active) return { state: "inactive" };
  return {
    state: "valid",
    invitationId: invitation.id,
    userId: invitation.userId,
    name: invitation.user.name,
    email: invitation.user.email,
    expiresAt: invitation.expiresAt,
  };
}
