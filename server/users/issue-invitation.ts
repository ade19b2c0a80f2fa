// A new one-time link for a person to set their password: valid 72 hours, single use. Whatever
// links the person still had stop working, so that only the newest one handed out counts.
import { INVITATION_HOURS } from "../../lib/api/users";
import { newInvitationToken } from "./invitation-token";
import type { Transaction } from "./transaction";

export interface IssuedInvitation {
  userId: string;
  token: string;
  expiresAt: Date;
}

export async function issueInvitation(
  tx: Transaction,
  userId: string,
  createdById: string | null,
  now = new Date(),
): Promise<IssuedInvitation> {
  await retireInvitations(tx, [userId], now);
  const { issued, row } = newInvitation(userId, createdById, now);
  await tx.invitation.create({ data: row });
  return issued;
}

/** A fresh invitation: what the link needs, and the row to store (for new accounts, which have no older links). */
export function newInvitation(userId: string, createdById: string | null, now = new Date()) {
  const { token, tokenHash } = newInvitationToken();
  const expiresAt = new Date(now.getTime() + INVITATION_HOURS * 3600_000);
  return {
    issued: { userId, token, expiresAt } satisfies IssuedInvitation,
    row: { userId, createdById, tokenHash, expiresAt, createdAt: now },
  };
}

/** Ends the users' unused links: they expire now (a used one keeps its record of use). */
export async function retireInvitations(tx: Transaction, userIds: string[], now = new Date()): Promise<void> {
  await tx.invitation.updateMany({
    where: { userId: { in: userIds }, usedAt: null, expiresAt: { gt: now } },
    data: { expiresAt: now },
  });
}

/** The link a person opens: on the public URL of Concord, never on an address a request chose. */
export function invitationUrl(publicUrl: string, token: string): string {
  return `${publicUrl.replace(/\/+$/, "")}/invitations/${token}`;
}
