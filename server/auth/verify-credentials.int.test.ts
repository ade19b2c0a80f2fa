import { beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../db/client";
import { createTestDatabase } from "../test-support/test-database";
import { verifyCredentials } from "./verify-credentials";

let db: Database;
beforeAll(async () => {
  ({ db } = await createTestDatabase());
});

describe("verifyCredentials", () => {
  it("signs in a delegate with the role and delegation from the database", async () => {
    const outcome = await verifyCredentials(db, {
      email: " KZ@Concord.test ",
      password: "concord",
      clientAddress: "10.0.0.1",
    });
    expect(outcome).toMatchObject({
      ok: true,
      user: { email: "kz@concord.test", role: "DELEGATE", memberStateCode: "KZ", memberStateName: "Kazakhstan" },
    });
    const audit = await db.auditEntry.findFirst({ where: { action: "auth.sign-in" }, orderBy: { at: "desc" } });
    expect(audit?.details).toEqual({ clientAddress: "10.0.0.1" });
  });

  it("signs in the chair, the secretariat and the observer without a delegation", async () => {
    for (const [email, role] of [
      ["chair@concord.test", "CHAIR"],
      ["secretariat@concord.test", "SECRETARIAT"],
      ["observer@concord.test", "OBSERVER"],
    ]) {
      const outcome = await verifyCredentials(db, { email: email!, password: "concord", clientAddress: null });
      expect(outcome).toMatchObject({ ok: true, user: { role, memberStateCode: null } });
    }
  });

  it("answers a wrong password and an unknown account in exactly the same way", async () => {
    const wrong = await verifyCredentials(db, { email: "ru@concord.test", password: "guess", clientAddress: null });
    const unknown = await verifyCredentials(db, { email: "zz@concord.test", password: "concord", clientAddress: null });
    expect(wrong).toEqual({ ok: false, reason: "invalid" });
    expect(unknown).toEqual(wrong);
  });

  it("refuses a deactivated account and one without a password exactly as a wrong password", async () => {
    await db.user.update({ where: { email: "mn@concord.test" }, data: { active: false } });
    const inactive = await verifyCredentials(db, {
      email: "mn@concord.test",
      password: "concord",
      clientAddress: null,
    });
    expect(inactive).toEqual({ ok: false, reason: "invalid" });
    // Invited, password not yet set: not even the decoy's own password opens it.
    await db.user.update({ where: { email: "th@concord.test" }, data: { passwordHash: null } });
    for (const password of ["concord", "not a password of anyone"]) {
      expect(await verifyCredentials(db, { email: "th@concord.test", password, clientAddress: null })).toEqual({
        ok: false,
        reason: "invalid",
      });
    }
  });

  it("refuses empty and absurdly long input without touching the database", async () => {
    expect(await verifyCredentials(db, { email: "", password: "x", clientAddress: null })).toEqual({
      ok: false,
      reason: "invalid",
    });
    expect(
      await verifyCredentials(db, { email: "cn@concord.test", password: "x".repeat(10_000), clientAddress: null }),
    ).toEqual({
      ok: false,
      reason: "invalid",
    });
  });

  it("slows down guessing at one account, even with the right password, and forgives after success", async () => {
    const attempt = (password: string) =>
      verifyCredentials(db, { email: "in@concord.test", password, clientAddress: null });
    for (let i = 0; i < 5; i += 1) expect(await attempt("guess")).toEqual({ ok: false, reason: "invalid" });
    const throttled = await attempt("concord");
    expect(throttled).toMatchObject({ ok: false, reason: "throttled" });
    expect((throttled as { retryAfterSeconds: number }).retryAfterSeconds).toBeGreaterThanOrEqual(1);

    // Once the wait is over (simulated by ageing the record), the right password works and clears it.
    await db.signInFailure.update({
      where: { key: "account:in@concord.test" },
      data: { lastFailure: new Date(Date.now() - 60_000) },
    });
    expect(await attempt("concord")).toMatchObject({ ok: true });
    expect(await db.signInFailure.findUnique({ where: { key: "account:in@concord.test" } })).toBeNull();
  });

  it("slows down one client address guessing across many accounts", async () => {
    const from = "203.0.113.7";
    const accounts = [
      "af",
      "az",
      "bh",
      "bd",
      "kh",
      "eg",
      "iq",
      "il",
      "jo",
      "kg",
      "mn",
      "pk",
      "ps",
      "qa",
      "kr",
      "lk",
      "tj",
      "th",
      "ae",
      "uz",
    ];
    for (const code of accounts) {
      expect(
        await verifyCredentials(db, { email: `${code}@concord.test`, password: "guess", clientAddress: from }),
      ).toEqual({
        ok: false,
        reason: "invalid",
      });
    }
    const next = await verifyCredentials(db, { email: "vn@concord.test", password: "concord", clientAddress: from });
    expect(next).toMatchObject({ ok: false, reason: "throttled" });
    // Another address is not affected.
    expect(
      await verifyCredentials(db, { email: "vn@concord.test", password: "concord", clientAddress: "198.51.100.1" }),
    ).toMatchObject({ ok: true });
  });

  it("checks at most 5 passwords of one account however many attempts arrive at once", async () => {
    // 60 simultaneous attempts from one address, the right password at #46: only the allowance
    // is checked, and #46 gets in only if it happened to hold one of the 5 reservations.
    const outcomes = await Promise.all(
      Array.from({ length: 60 }, (_, i) =>
        verifyCredentials(db, {
          email: "cn@concord.test",
          password: i === 45 ? "concord" : `guess-${i}`,
          clientAddress: "198.51.100.60",
        }),
      ),
    );
    const checked = outcomes.filter((outcome) => outcome.ok || outcome.reason === "invalid");
    expect(checked.length).toBe(5);
    expect(outcomes.filter((outcome) => !outcome.ok && outcome.reason === "throttled")).toHaveLength(55);
    if (outcomes[45]!.ok) expect(checked).toContain(outcomes[45]);
  });

  it("checks at most 20 passwords from one address however many attempts arrive at once", async () => {
    const codes = ["af", "az", "bh", "bd", "kh", "eg", "iq", "il", "jo", "kg", "pk", "ps", "qa", "kr"];
    const outcomes = await Promise.all(
      Array.from({ length: 60 }, (_, i) =>
        verifyCredentials(db, {
          email: `${codes[i % codes.length]}@concord.test`,
          password: `guess-${i}`,
          clientAddress: "198.51.100.61",
        }),
      ),
    );
    expect(outcomes.filter((outcome) => !outcome.ok && outcome.reason === "invalid")).toHaveLength(20);
  });

  it("does not count a successful sign-in against a shared address", async () => {
    const from = "198.51.100.62";
    for (let i = 0; i < 25; i += 1) {
      expect(
        await verifyCredentials(db, { email: "tr@concord.test", password: "concord", clientAddress: from }),
      ).toMatchObject({
        ok: true,
      });
    }
  });

  it("records failed attempts in the audit log", async () => {
    const before = await db.auditEntry.count({ where: { action: "auth.sign-in-failed" } });
    await verifyCredentials(db, { email: "ir@concord.test", password: "guess", clientAddress: "192.0.2.1" });
    expect(await db.auditEntry.count({ where: { action: "auth.sign-in-failed" } })).toBe(before + 1);
  });
});
