// Ending a user's sessions ends their collaboration tickets too: a real collaboration server
// refuses (4401) a ticket issued before sign-out, and admits one issued after signing in again.
import { describe, expect, it } from "vitest";
import { CloseCode } from "../../lib/collab/close-codes";
import { issueCollabTicket } from "../documents/issue-collab-token";
import { draftRoom, rawSocket, TEST_SECRET } from "../test-support/collab-harness";
import { sessionUser } from "../test-support/session-user";
import { endAllSessions, sessionIsCurrent } from "./session-version";

const room = draftRoom("CICA/SOC/2022/5");

async function ticketFor(email: string) {
  const user = await sessionUser(room.db, email);
  const ticket = await issueCollabTicket(room.db, user, room.draftId, {
    secret: TEST_SECRET,
    publicUrl: "http://localhost:3000",
  });
  return { user, token: ticket.params.token };
}

describe("session versions", () => {
  it("refuses a collaboration ticket issued before the user's sessions were ended", async () => {
    const before = await ticketFor("kz@concord.test");
    const admitted = rawSocket(room.collab.url, room.draftId, before.token);
    await admitted.opened;

    await endAllSessions(room.db, before.user.id, "auth.sign-out");
    expect(await sessionIsCurrent(room.db, before.user.id, before.user.sessionVersion!)).toBe(false);

    const refused = rawSocket(room.collab.url, room.draftId, before.token);
    expect(await refused.closed).toEqual({ code: CloseCode.Unauthenticated, reason: "session ended" });

    // Signed in again: a new ticket carries the new version and is admitted.
    const after = await ticketFor("kz@concord.test");
    const again = rawSocket(room.collab.url, room.draftId, after.token);
    await again.opened;
    const outcome = await Promise.race([
      again.closed,
      new Promise((resolve) => setTimeout(() => resolve("open"), 500)),
    ]);
    expect(outcome).toBe("open");
    for (const socket of [admitted, again]) socket.socket.close();
  });

  it("records who ended their sessions in the audit log", async () => {
    const user = await sessionUser(room.db, "ru@concord.test");
    await endAllSessions(room.db, user.id, "auth.sign-out-everywhere");
    const entry = await room.db.auditEntry.findFirst({ where: { actorId: user.id }, orderBy: { at: "desc" } });
    expect(entry?.action).toBe("auth.sign-out-everywhere");
  });
});
