// The secretariat's operations on people, against a real PostgreSQL: accounts, invitations,
// resets, roles and deactivation, each audited, each taking effect on the person's sessions.
import { beforeAll, describe, expect, it } from "vitest";
import { ForbiddenError } from "../../lib/api/errors";
import type { SessionUser } from "../../lib/auth/session-user";
import { sessionIsCurrent } from "../auth/session-version";
import { verifyCredentials } from "../auth/verify-credentials";
import type { Database } from "../db/client";
import { createTestDatabase } from "../test-support/test-database";
import { sessionUser } from "../test-support/session-user";
import { acceptInvitation } from "./accept-invitation";
import { heardWithin, listenForAccessEvents } from "./access-events.test-support";
import { changeOwnPassword } from "./change-own-password";
import { createPerson } from "./create-person";
import { findInvitation } from "./find-invitation";
import { hashInvitationToken } from "./invitation-token";
import { listPeople } from "./list-people";
import { resetPassword } from "./reset-password";
import { updatePerson } from "./update-person";

const settings = { smtpUrl: undefined, publicUrl: "http://concord.test" };
const PASSWORD = "a long enough passphrase";

let db: Database;
let secretariat: SessionUser;
let heard: { userIds: string[] };

beforeAll(async () => {
  const test = await createTestDatabase();
  db = test.db;
  secretariat = await sessionUser(db, "secretariat@concord.test");
  heard = await listenForAccessEvents(test.url);
});

const tokenOf = (url: string) => url.split("/invitations/")[1]!;
const signIn = (email: string, password: string) => verifyCredentials(db, { email, password, clientAddress: null });
const lastAudit = (action: string) => db.auditEntry.findFirst({ where: { action }, orderBy: { id: "desc" } });

async function newDelegate(email: string, memberState = "KZ") {
  return createPerson(db, secretariat, { name: "Aigerim Test", email, role: "DELEGATE", memberState }, settings);
}

describe("creating an account", () => {
  it("opens the account without a password and hands back a 72-hour link on the public URL", async () => {
    const before = Date.now();
    const person = await newDelegate("aigerim@kz.test");
    expect(person).toMatchObject({
      email: "aigerim@kz.test",
      role: "DELEGATE",
      memberState: "KZ",
      memberStateName: "Kazakhstan",
      active: true,
      passwordSet: false,
    });
    expect(person.invitation.url).toMatch(/^http:\/\/concord\.test\/invitations\/[A-Za-z0-9_-]{43}$/);
    expect(person.invitation.mailed).toBe(false);
    const hours = (Date.parse(person.invitation.expiresAt) - before) / 3600_000;
    expect(hours).toBeGreaterThan(71.9);
    expect(hours).toBeLessThan(72.1);
    // Only the token's hash is stored.
    const stored = await db.invitation.findFirstOrThrow({ where: { userId: person.id } });
    expect(stored.tokenHash).toBe(hashInvitationToken(tokenOf(person.invitation.url)));
    expect(JSON.stringify(stored)).not.toContain(tokenOf(person.invitation.url));
    expect(await lastAudit("user.create")).toMatchObject({ actorId: secretariat.id, details: { userId: person.id } });
    // Invited, not yet set: sign-in is refused as a wrong password is.
    expect(await signIn("aigerim@kz.test", "not a password of anyone")).toEqual({ ok: false, reason: "invalid" });
  });

  it("refuses a taken email (409), a delegate without a state, a chair with one and an unknown state", async () => {
    await expect(newDelegate("kz@concord.test")).rejects.toMatchObject({ code: "conflict" });
    await expect(newDelegate("KZ@Concord.test")).rejects.toMatchObject({ code: "conflict" });
    const attempt = (role: "DELEGATE" | "CHAIR", memberState: string | null) =>
      createPerson(
        db,
        secretariat,
        { name: "X", email: `x-${role}-${memberState}@t.test`, role, memberState },
        settings,
      );
    await expect(attempt("DELEGATE", null)).rejects.toThrow("A delegate belongs to a delegation");
    await expect(attempt("CHAIR", "KZ")).rejects.toThrow("Only delegates belong to a delegation");
    await expect(attempt("DELEGATE", "ZZ")).rejects.toThrow("no Member State with the code ZZ");
    expect(await db.user.count({ where: { email: { startsWith: "x-" } } })).toBe(0);
  });

  it("is refused to everyone but the secretariat", async () => {
    for (const email of ["chair@concord.test", "kz@concord.test", "observer@concord.test"]) {
      const actor = await sessionUser(db, email);
      await expect(
        createPerson(db, actor, { name: "X", email: `by2-${email}`, role: "OBSERVER", memberState: null }, settings),
      ).rejects.toBeInstanceOf(ForbiddenError);
    }
  });
});

describe("the list", () => {
  it("searches names and emails and filters by role and delegation; the chair reads it too", async () => {
    const chair = await sessionUser(db, "chair@concord.test");
    const byState = await listPeople(db, chair, { state: "KZ" });
    expect(byState.map((person) => person.email).sort()).toEqual(
      expect.arrayContaining(["kz@concord.test", "kz2@concord.test"]),
    );
    expect(byState.every((person) => person.memberState === "KZ")).toBe(true);
    expect((await listPeople(db, secretariat, { role: "CHAIR" })).map((person) => person.email)).toEqual([
      "chair@concord.test",
    ]);
    expect((await listPeople(db, secretariat, { q: "AIGERIM" })).map((person) => person.email)).toEqual([
      "aigerim@kz.test",
    ]);
    expect((await listPeople(db, secretariat, { q: "kz.test" })).map((person) => person.email)).toEqual([
      "aigerim@kz.test",
    ]);
    const delegate = await sessionUser(db, "kz@concord.test");
    await expect(listPeople(db, delegate)).rejects.toBeInstanceOf(ForbiddenError);
    expect(JSON.stringify(byState)).not.toContain("argon2");
  });
});

describe("invitations", () => {
  it("sets the password once; the link is then used, and the person signs in", async () => {
    const person = await newDelegate("first@kz.test");
    const token = tokenOf(person.invitation.url);
    expect(await findInvitation(db, token)).toMatchObject({ state: "valid", email: "first@kz.test" });
    await acceptInvitation(db, token, PASSWORD);
    expect(await signIn("first@kz.test", PASSWORD)).toMatchObject({ ok: true, user: { memberStateCode: "KZ" } });
    await expect(acceptInvitation(db, token, "another passphrase")).rejects.toMatchObject({
      code: "invalid",
      message: expect.stringContaining("already used"),
    });
    expect(await signIn("first@kz.test", PASSWORD)).toMatchObject({ ok: true });
    expect(await lastAudit("user.password")).toMatchObject({ actorId: person.id, details: { through: "invitation" } });
    expect(await heardWithin(heard, person.id)).toBe(true);
  });

  it("refuses expired and forged links, and changes nothing", async () => {
    const person = await newDelegate("late@kz.test");
    await db.invitation.updateMany({ where: { userId: person.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    await expect(acceptInvitation(db, tokenOf(person.invitation.url), PASSWORD)).rejects.toMatchObject({
      code: "invalid",
      message: expect.stringContaining("expired"),
    });
    for (const forged of ["x".repeat(43), "short", tokenOf(person.invitation.url).slice(0, -1) + "A", "../../etc"]) {
      await expect(acceptInvitation(db, forged, PASSWORD)).rejects.toMatchObject({ code: "not-found" });
    }
    const row = await db.user.findUniqueOrThrow({ where: { id: person.id } });
    expect(row.passwordHash).toBeNull();
    expect(row.sessionVersion).toBe(0);
  });

  it("ends the account's sessions when the password is set", async () => {
    const person = await newDelegate("sessions@kz.test");
    await acceptInvitation(db, tokenOf(person.invitation.url), PASSWORD);
    expect(await sessionIsCurrent(db, person.id, 0)).toBe(false);
  });
});

describe("resetting a password", () => {
  it("gives a new link, kills the older unused one and the old password, and ends every session", async () => {
    const person = await newDelegate("reset@kz.test");
    const first = tokenOf(person.invitation.url);
    const link = await resetPassword(db, secretariat, person.id, settings);
    expect(link.url).not.toContain(first);
    expect(await findInvitation(db, first)).toEqual({ state: "expired" });
    await acceptInvitation(db, tokenOf(link.url), PASSWORD);
    const version = (await db.user.findUniqueOrThrow({ where: { id: person.id } })).sessionVersion;

    const again = await resetPassword(db, secretariat, person.id, settings);
    expect(await sessionIsCurrent(db, person.id, version)).toBe(false);
    expect(await signIn("reset@kz.test", PASSWORD)).toEqual({ ok: false, reason: "invalid" });
    expect(await lastAudit("user.invitation")).toMatchObject({
      actorId: secretariat.id,
      details: { userId: person.id },
    });
    expect(await heardWithin(heard, person.id)).toBe(true);
    await acceptInvitation(db, tokenOf(again.url), "the newest passphrase");
    expect(await signIn("reset@kz.test", "the newest passphrase")).toMatchObject({ ok: true });
  });
});

describe("role, delegation and deactivation", () => {
  it("moves a delegate to another delegation and to observer, keeping their session, telling their editors", async () => {
    const person = await newDelegate("mover@kz.test");
    heard.userIds.length = 0;
    const moved = await updatePerson(db, secretariat, person.id, { memberState: "RU" });
    expect(moved).toMatchObject({ memberState: "RU", memberStateName: "Russia" });
    expect(await heardWithin(heard, person.id)).toBe(true);
    // Leaving the delegates leaves the delegation, without being told to.
    const observer = await updatePerson(db, secretariat, person.id, { role: "OBSERVER" });
    expect(observer).toMatchObject({ role: "OBSERVER", memberState: null });
    // The session reads the new role on its next request (current-account.ts): nobody is signed out.
    const row = await db.user.findUniqueOrThrow({ where: { id: person.id } });
    expect(row.sessionVersion).toBe(0);
    const audit = await lastAudit("user.role");
    expect(audit?.details).toMatchObject({
      userId: person.id,
      from: { role: "DELEGATE", memberState: "RU" },
      to: { role: "OBSERVER", memberState: null },
    });
    // A change to nothing changes nothing.
    heard.userIds.length = 0;
    await updatePerson(db, secretariat, person.id, { role: "OBSERVER" });
    expect(await heardWithin(heard, person.id)).toBe(false);
    await expect(updatePerson(db, secretariat, person.id, { role: "DELEGATE" })).rejects.toThrow(
      "A delegate belongs to a delegation",
    );
    await expect(updatePerson(db, secretariat, person.id, { role: "CHAIR", memberState: "KZ" })).rejects.toThrow(
      "Only delegates",
    );
  });

  it("deactivates: no sign-in, sessions ended, links dead; reactivating lets them sign in again", async () => {
    const kz2 = await sessionUser(db, "kz2@concord.test");
    expect(await signIn("kz2@concord.test", "concord")).toMatchObject({ ok: true });
    heard.userIds.length = 0;
    await updatePerson(db, secretariat, kz2.id, { active: false });
    expect(await sessionIsCurrent(db, kz2.id, kz2.sessionVersion ?? 0)).toBe(false);
    expect(await heardWithin(heard, kz2.id)).toBe(true);
    expect(await signIn("kz2@concord.test", "concord")).toEqual({ ok: false, reason: "invalid" });
    expect(await lastAudit("user.deactivate")).toMatchObject({ actorId: secretariat.id, details: { userId: kz2.id } });
    await expect(resetPassword(db, secretariat, kz2.id, settings)).rejects.toThrow("deactivated");
    await updatePerson(db, secretariat, kz2.id, { active: true });
    expect(await lastAudit("user.reactivate")).toMatchObject({ details: { userId: kz2.id } });
    expect(await signIn("kz2@concord.test", "concord")).toMatchObject({ ok: true });
  });

  it("refuses a deactivated person's invitation link", async () => {
    const person = await newDelegate("gone@kz.test");
    await updatePerson(db, secretariat, person.id, { active: false });
    await updatePerson(db, secretariat, person.id, { active: true });
    // Deactivation retired the link: reactivating does not bring it back.
    await expect(acceptInvitation(db, tokenOf(person.invitation.url), PASSWORD)).rejects.toMatchObject({
      code: "invalid",
    });
  });

  it("refuses to change one's own role or deactivate oneself, an unknown account, and other roles", async () => {
    await expect(updatePerson(db, secretariat, secretariat.id, { active: false })).rejects.toThrow(
      "ask another secretariat officer",
    );
    await expect(
      updatePerson(db, secretariat, "00000000-0000-0000-0000-000000000000", { active: false }),
    ).rejects.toMatchObject({
      code: "not-found",
    });
    await expect(updatePerson(db, secretariat, "nope", { active: false })).rejects.toMatchObject({ code: "not-found" });
    const chair = await sessionUser(db, "chair@concord.test");
    const kz = await sessionUser(db, "kz@concord.test");
    await expect(updatePerson(db, chair, kz.id, { active: false })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(resetPassword(db, chair, kz.id, settings)).rejects.toBeInstanceOf(ForbiddenError);
    expect((await db.user.findUniqueOrThrow({ where: { id: kz.id } })).active).toBe(true);
  });
});

describe("changing one's own password", () => {
  it("needs the current password, then ends every session and signs in with the new one only", async () => {
    const tr = await sessionUser(db, "tr@concord.test");
    await expect(changeOwnPassword(db, tr, { current: "wrong", password: PASSWORD })).rejects.toThrow(
      "current password is not correct",
    );
    await changeOwnPassword(db, tr, { current: "concord", password: PASSWORD });
    expect(await sessionIsCurrent(db, tr.id, tr.sessionVersion ?? 0)).toBe(false);
    expect(await signIn("tr@concord.test", "concord")).toEqual({ ok: false, reason: "invalid" });
    expect(await signIn("tr@concord.test", PASSWORD)).toMatchObject({ ok: true });
    expect(await lastAudit("user.password")).toMatchObject({ actorId: tr.id, details: { through: "own" } });
  });

  it("slows down guessing the current password", async () => {
    const ae = await sessionUser(db, "ae@concord.test");
    for (let i = 0; i < 5; i += 1) {
      await expect(changeOwnPassword(db, ae, { current: `guess-${i}`, password: PASSWORD })).rejects.toThrow(
        "not correct",
      );
    }
    await expect(changeOwnPassword(db, ae, { current: "concord", password: PASSWORD })).rejects.toThrow(
      "Too many unsuccessful attempts",
    );
  });
});
