import { beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "../../lib/auth/session-user";
import { databaseIsHealthy } from "../db/check-health";
import { createDatabase, type Database } from "../db/client";

import { createTestDatabase } from "../test-support/test-database";
import { getDocument } from "./get-document";
import { listDocuments } from "./list-documents";
import { DocumentNotFoundError, ForbiddenError } from "../../lib/api/errors";

let db: Database;
beforeAll(async () => {
  ({ db } = await createTestDatabase());
});

async function userFor(email: string): Promise<SessionUser> {
  const user = await db.user.findUniqueOrThrow({ where: { email }, include: { memberState: true } });
  return { ...user, memberStateName: user.memberState?.name ?? null };
}

describe("drafts", () => {
  it("lists the forum's six drafts for every role", async () => {
    for (const email of [
      "kz@concord.test",
      "chair@concord.test",
      "secretariat@concord.test",
      "observer@concord.test",
    ]) {
      const drafts = await listDocuments(db, await userFor(email));
      expect(drafts).toHaveLength(6);
      expect(drafts[0]).toEqual({
        id: expect.any(String),
        title: expect.any(String),
        symbol: expect.stringMatching(/^CICA\//),
        revision: null,
        kind: expect.any(String),
        stage: expect.any(String),
        language: "en",
        updatedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
      });
    }
  });

  it("lists the most recently changed draft first", async () => {
    const user = await userFor("kz@concord.test");
    const target = await db.document.findFirstOrThrow({ where: { symbol: "CICA/SWG/2022/4" } });
    await db.document.update({ where: { id: target.id }, data: { stage: "SWG" } });
    expect((await listDocuments(db, user))[0]?.symbol).toBe("CICA/SWG/2022/4");
  });

  it("opens one draft with its text", async () => {
    const user = await userFor("observer@concord.test");
    const { id } = await db.document.findFirstOrThrow({ where: { symbol: "CICA/SWG/2022/3" } });
    const draft = await getDocument(db, user, id);
    expect(draft.symbol).toBe("CICA/SWG/2022/3");
    expect(draft.content?.paragraphs[0]).toMatchObject({ kind: "preambular" });
  });

  it("says a draft does not exist for unknown and malformed ids alike", async () => {
    const user = await userFor("kz@concord.test");
    await expect(getDocument(db, user, "00000000-0000-0000-0000-000000000000")).rejects.toThrow(DocumentNotFoundError);
    await expect(getDocument(db, user, '\'; DROP TABLE "Document"; --')).rejects.toThrow(DocumentNotFoundError);
    expect(await db.document.count()).toBe(6);
  });

  it("refuses a role the policy does not know", async () => {
    const stranger = { ...(await userFor("kz@concord.test")), role: "GUEST" as never };
    expect(await listDocuments(db, stranger)).toEqual([]);
    const { id } = await db.document.findFirstOrThrow();
    await expect(getDocument(db, stranger, id)).rejects.toThrow(ForbiddenError);
  });
});

describe("databaseIsHealthy", () => {
  it("is true for a database that answers and false for one that does not", async () => {
    expect(await databaseIsHealthy(db)).toBe(true);
    const unreachable = createDatabase("postgresql://nobody:nothing@127.0.0.1:1/none");
    expect(await databaseIsHealthy(unreachable, 1000)).toBe(false);
    await unreachable.$disconnect();
  });
});
