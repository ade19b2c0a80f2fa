// The secretariat changes a person's role, delegation or whether their account is active. Each
// change takes effect at once: a session reads the account's role and delegation on every request
// (server/auth/current-account.ts), a deactivation ends every session, and, once committed, every
// collaboration server closes or downgrades their editors (server/collab/access-watch.ts).
// Each change is one act of the audit log with its before and after, in the same transaction.
import { InvalidInputError } from "../../lib/api/errors";
import type { Person, UpdatePersonBody } from "../../lib/api/users";
import type { SessionUser } from "../../lib/auth/session-user";
import { authorize } from "../../lib/policy/can";
import { recordAudit } from "../audit/record-audit";
import type { Database } from "../db/client";
import { isUuid } from "../db/uuid";
import { announceAccessChange } from "./announce-access";
import { checkDelegation } from "./delegation-rule";
import { retireInvitations } from "./issue-invitation";
import { PersonNotFoundError } from "./person-not-found";
import { findPersonRow, toPerson } from "./person-view";

export async function updatePerson(
  db: Database,
  actor: SessionUser,
  userId: string,
  changes: UpdatePersonBody,
): Promise<Person> {
  authorize(actor, "manage-people");
  if (!isUuid(userId)) throw new PersonNotFoundError();
  const changed = await db.$transaction(async (tx) => {
    // Two officers changing one account at once take turns, so each act's "before" is true.
    const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "User" WHERE id = ${userId}::uuid FOR UPDATE`;
    if (locked.length === 0) throw new PersonNotFoundError();
    const before = await tx.user.findUniqueOrThrow({ where: { id: userId } });
    const role = changes.role ?? before.role;
    // A person who stops being a delegate leaves their delegation without being told to.
    const memberState =
      changes.memberState !== undefined ? changes.memberState : role === "DELEGATE" ? before.memberStateCode : null;
    const roleChanged = role !== before.role || memberState !== before.memberStateCode;
    const activeChanged = changes.active !== undefined && changes.active !== before.active;
    if (!roleChanged && !activeChanged) return false;
    if (userId === actor.id) {
      // The last secretariat officer could otherwise lock everyone out of the People page.
      throw new InvalidInputError(
        "You cannot change your own role or deactivate your own account: ask another secretariat officer.",
      );
    }
    if (roleChanged) await checkDelegation(tx, role, memberState);
    await tx.user.update({
      where: { id: userId },
      data: {
        role,
        memberStateCode: memberState,
        active: changes.active ?? before.active,
        // A new role holds from the next request without signing anyone out; a deactivation ends it all.
        ...(changes.active === false && activeChanged ? { sessionVersion: { increment: 1 } } : {}),
      },
    });
    if (roleChanged) {
      await recordAudit(tx, {
        actorId: actor.id,
        action: "user.role",
        details: {
          userId,
          email: before.email,
          from: { role: before.role, memberState: before.memberStateCode },
          to: { role, memberState },
        },
      });
    }
    if (activeChanged) {
      // A deactivated person's unused link must not let them back in once reactivated.
      if (!changes.active) await retireInvitations(tx, [userId]);
      await recordAudit(tx, {
        actorId: actor.id,
        action: changes.active ? "user.reactivate" : "user.deactivate",
        details: { userId, email: before.email },
      });
    }
    return true;
  });
  if (changed) await announceAccessChange(db, [userId]);
  return toPerson((await findPersonRow(db, userId))!);
}
