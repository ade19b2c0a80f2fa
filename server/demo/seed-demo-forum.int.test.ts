import { describe, expect, it } from "vitest";
import { MEMBER_STATES } from "../../lib/forum/member-states";
import { verifyPassword } from "../auth/password";
import { createTestDatabase } from "../test-support/test-database";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "./demo-accounts";
import { readDemoDrafts } from "./demo-drafts";
import { isDatabaseEmpty, seedDemoForum } from "./seed-demo-forum";

describe("the demo forum", () => {
  it("holds the 27 Member States, a delegate for each, the chair, secretariat and observer", async () => {
    const { db } = await createTestDatabase();
    const states = await db.memberState.findMany({ include: { delegates: true } });
    expect(states).toHaveLength(27);
    expect(states.map((s) => s.code).sort()).toEqual(MEMBER_STATES.map((s) => s.code).sort());
    for (const state of states) {
      expect(state.delegates.map((d) => d.email)).toContain(`${state.code.toLowerCase()}@concord.test`);
    }
    const kazakhstan = states.find((s) => s.code === "KZ")!;
    expect(kazakhstan.delegates.map((d) => d.email).sort()).toEqual(["kz2@concord.test", "kz@concord.test"]);

    const roles = await db.user.groupBy({ by: ["role"], _count: true });
    expect(Object.fromEntries(roles.map((r) => [r.role, r._count]))).toEqual({
      CHAIR: 1,
      SECRETARIAT: 1,
      OBSERVER: 1,
      DELEGATE: 28,
    });
  });

  it("gives every demo account the demo password, hashed", async () => {
    const { db } = await createTestDatabase();
    const chair = await db.user.findUniqueOrThrow({ where: { email: "chair@concord.test" } });
    expect(chair.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(chair.passwordHash!, DEMO_PASSWORD)).toBe(true);
    expect(await verifyPassword(chair.passwordHash!, "Concord")).toBe(false);
  });

  it("holds the six drafts with their text, and records who created them", async () => {
    const { db } = await createTestDatabase();
    const documents = await db.document.findMany({ orderBy: { symbol: "asc" } });
    const drafts = await readDemoDrafts();
    expect(documents.map((d) => d.symbol)).toEqual(drafts.map((d) => d.symbol).sort());
    for (const document of documents) {
      const draft = drafts.find((d) => d.symbol === document.symbol)!;
      expect(document).toMatchObject({ title: draft.title, kind: draft.kind, stage: draft.stage, language: "en" });
      expect((document.initialContent as { paragraphs: unknown[] }).paragraphs).toHaveLength(draft.paragraphs.length);
    }
    const created = await db.auditEntry.findMany({ where: { action: "document.create" } });
    expect(created).toHaveLength(6);
  });

  it("can be seeded again without duplicating anything or overwriting negotiated text", async () => {
    const { db } = await createTestDatabase();
    const document = await db.document.findFirstOrThrow({ where: { symbol: "CICA/SWG/2022/3" } });
    await db.document.update({ where: { id: document.id }, data: { title: "Changed since the seed" } });

    const result = await seedDemoForum(db);
    expect(result).toEqual({ memberStates: 27, accounts: DEMO_ACCOUNTS.length, draftsCreated: 0 });
    expect(await db.user.count()).toBe(DEMO_ACCOUNTS.length);
    expect(await db.document.count()).toBe(6);
    expect((await db.document.findUniqueOrThrow({ where: { id: document.id } })).title).toBe("Changed since the seed");
  });

  it("fills an empty database, which is how `npm start` knows to seed", async () => {
    const { db, url } = await createTestDatabase({ empty: true });
    const { migrate } = await import("../db/migrate");
    await migrate(url);
    expect(await isDatabaseEmpty(db)).toBe(true);
    expect(await seedDemoForum(db)).toEqual({ memberStates: 27, accounts: DEMO_ACCOUNTS.length, draftsCreated: 6 });
    expect(await isDatabaseEmpty(db)).toBe(false);
  });

  it("refuses a delegate without a delegation, at the database itself", async () => {
    const { db } = await createTestDatabase();
    await expect(
      db.user.create({ data: { email: "x@concord.test", name: "X", passwordHash: "x", role: "DELEGATE" } }),
    ).rejects.toThrow(/User_delegate_has_member_state/);
    await expect(
      db.user.create({
        data: { email: "y@concord.test", name: "Y", passwordHash: "x", role: "CHAIR", memberStateCode: "KZ" },
      }),
    ).rejects.toThrow(/User_delegate_has_member_state/);
  });
});
