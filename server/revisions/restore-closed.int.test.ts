// A closed draft is read-only for everyone: restoring one of its revisions would change it
// behind that, so it is refused until the draft is reopened.
import { beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../db/client";
import { sessionUser } from "../test-support/session-user";
import { createTestDatabase } from "../test-support/test-database";
import { issueRevision } from "./issue-revision";
import { restoreRevision } from "./restore-revision";

let db: Database;
beforeAll(async () => {
  ({ db } = await createTestDatabase());
});

describe("restoring a revision of a closed draft", () => {
  it("is refused with 409 until the draft is reopened", async () => {
    const secretariat = await sessionUser(db, "secretariat@concord.test");
    const draft = await db.document.findFirstOrThrow({ where: { symbol: "CICA/SWG/2022/1" } });
    const revision = await issueRevision(db, secretariat, draft.id, {});
    await db.document.update({ where: { id: draft.id }, data: { closedAt: new Date() } });
    await expect(restoreRevision(db, secretariat, draft.id, revision.name)).rejects.toMatchObject({
      code: "conflict",
      message: "This draft is closed: reopen it before restoring a revision.",
    });
    await db.document.update({ where: { id: draft.id }, data: { closedAt: null } });
    await expect(restoreRevision(db, secretariat, draft.id, revision.name)).resolves.toBeDefined();
  });
});
