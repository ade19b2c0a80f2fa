// The forum's settings on real PostgreSQL: defaults until first saved, the secretariat's changes
// audited, the symbol pattern driving the next draft's symbol, and nobody else changing them.
import { beforeAll, describe, expect, it } from "vitest";
import { ForbiddenError } from "../../lib/api/errors";
import { forumSettingsBody } from "../../lib/api/forum";
import type { Database } from "../db/client";
import { sessionUser } from "../test-support/session-user";
import { createTestDatabase } from "../test-support/test-database";
import { DEFAULT_FORUM, forumSettings } from "./forum-settings";
import { nextSymbol } from "./next-symbol";
import { updateForumSettings } from "./update-forum-settings";

let db: Database;
beforeAll(async () => {
  ({ db } = await createTestDatabase());
});

describe("the forum's settings", () => {
  it("are the CICA defaults until the secretariat saves them, and number drafts by the pattern", async () => {
    expect(await forumSettings(db)).toEqual(DEFAULT_FORUM);
    // The demo forum's SWG drafts are CICA/SWG/2022/1, /3 and /4 (its SOC drafts follow another pattern).
    expect(await nextSymbol(db, 2022)).toBe("CICA/SWG/2022/5");
    expect(await nextSymbol(db, 2027)).toBe("CICA/SWG/2027/1");
  });

  it("are changed by the secretariat, with an audit entry saying what they were", async () => {
    const secretariat = await sessionUser(db, "secretariat@concord.test");
    const saved = await updateForumSettings(db, secretariat, {
      name: "CICA Special Working Group on the Charter",
      symbolPattern: "CICA/SWG/CH/{year}/{n}",
    });
    expect(saved.symbolPattern).toBe("CICA/SWG/CH/{year}/{n}");
    expect(await forumSettings(db)).toEqual(saved);
    expect(await nextSymbol(db, 2022)).toBe("CICA/SWG/CH/2022/1");
    const entry = await db.auditEntry.findFirstOrThrow({ where: { action: "forum.settings" } });
    expect(entry.actorId).toBe(secretariat.id);
    expect(entry.details).toMatchObject({
      symbolPattern: { from: "CICA/SWG/{year}/{n}", to: "CICA/SWG/CH/{year}/{n}" },
    });
  });

  it("are the secretariat's alone", async () => {
    for (const email of ["chair@concord.test", "kz@concord.test", "observer@concord.test"]) {
      const user = await sessionUser(db, email);
      await expect(updateForumSettings(db, user, { name: "Hijacked" })).rejects.toThrow(ForbiddenError);
    }
    expect((await forumSettings(db)).name).not.toBe("Hijacked");
  });

  it("refuse a pattern that cannot number drafts, and languages that are not codes", () => {
    const problem = (body: unknown) => forumSettingsBody.safeParse(body).error?.issues[0]?.message;
    expect(problem({ symbolPattern: "CICA/SWG/{year}" })).toMatch(/needs \{n\}/);
    expect(problem({ workingLanguages: [] })).toMatch(/at least one language/);
    expect(problem({ workingLanguages: ["English"] })).toMatch(/two-letter/);
    expect(problem({ name: "  " })).toMatch(/cannot be empty/);
    expect(problem({ colour: "red" })).toBeDefined();
  });
});
