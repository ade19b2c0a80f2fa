// "Add many" against a real PostgreSQL: all or nothing, every bad line named by its number.
import { beforeAll, describe, expect, it } from "vitest";
import type { ImportLineProblem } from "../../lib/api/users";
import type { SessionUser } from "../../lib/auth/session-user";
import type { Database } from "../db/client";
import { createTestDatabase } from "../test-support/test-database";
import { sessionUser } from "../test-support/session-user";
import { findInvitation } from "./find-invitation";
import { importPeople } from "./import-people";

const settings = { smtpUrl: undefined, publicUrl: "http://concord.test" };
let db: Database;
let secretariat: SessionUser;

beforeAll(async () => {
  ({ db } = await createTestDatabase());
  secretariat = await sessionUser(db, "secretariat@concord.test");
});

async function refusal(csv: string): Promise<ImportLineProblem[]> {
  const users = await db.user.count();
  const invitations = await db.invitation.count();
  const error = await importPeople(db, secretariat, csv, settings).then(
    () => null,
    (caught: { code?: string; extra?: { lines?: ImportLineProblem[] } }) => caught,
  );
  expect(error?.code).toBe("invalid");
  // Nothing half-made is left.
  expect(await db.user.count()).toBe(users);
  expect(await db.invitation.count()).toBe(invitations);
  return error!.extra!.lines!;
}

describe("importPeople", () => {
  it("names every bad line at once, and adds nobody", async () => {
    const csv = [
      "name,email,role,state",
      "Aigerim,aigerim@kz.test,delegate,KZ", // 2: good
      "Someone,kz@concord.test,delegate,KZ", // 3: email in use
      "Twice,Aigerim@KZ.test,delegate,KZ", // 4: duplicate of line 2
      "Nowhere,n@zz.test,delegate,ZZ", // 5: unknown state
      "Boss,b@t.test,president,", // 6: unknown role
      "Broken,line", // 7: malformed
      "Stateless,s@t.test,delegate,", // 8: delegate without a state
      "Chair,c@t.test,chair,KZ", // 9: non-delegate with a state
      "No mail,not-an-email,observer,", // 10: bad email
    ].join("\n");
    const lines = await refusal(csv);
    expect(lines.map((problem) => problem.line)).toEqual([3, 4, 5, 6, 7, 8, 9, 10]);
    const message = (line: number) => lines.find((problem) => problem.line === line)!.message;
    expect(message(3)).toBe("An account with the email kz@concord.test already exists.");
    expect(message(4)).toBe("The email aigerim@kz.test is already on line 2 of this file.");
    expect(message(5)).toBe('Unknown Member State code "ZZ".');
    expect(message(6)).toContain('Unknown role "president"');
    expect(message(7)).toContain("Expected 4 fields");
    expect(message(8)).toContain("A delegate needs the code of their Member State");
    expect(message(9)).toContain("Only delegates belong to a delegation");
    expect(message(10)).toBe("Give a valid email address.");
  });

  it("refuses a file without a header, an empty file and one that names nobody", async () => {
    expect(await refusal("Aigerim,aigerim@kz.test,delegate,KZ")).toEqual([
      { line: 1, message: expect.stringContaining("header name,email,role,state") },
    ]);
    expect((await refusal(""))[0]?.line).toBe(1);
    expect(await refusal("name,email,role,state\n\n")).toEqual([
      { line: 2, message: expect.stringContaining("nobody") },
    ]);
  });

  it("adds everyone of a good file, each with a working invitation link, in one audit act", async () => {
    const csv =
      'name,email,role,state\nAigerim,Aigerim@kz.test,Delegate,kz\n"Lee, Min-ji",lee@kr.test,delegate,KR\nUN,un@observer.test,observer,\n';
    const result = await importPeople(db, secretariat, csv, settings);
    expect(result.created.map((person) => [person.email, person.role, person.memberState])).toEqual([
      ["aigerim@kz.test", "DELEGATE", "KZ"],
      ["lee@kr.test", "DELEGATE", "KR"],
      ["un@observer.test", "OBSERVER", null],
    ]);
    expect(result.created[1]!.name).toBe("Lee, Min-ji");
    expect(result.invitations.map((link) => link.email)).toEqual([
      "aigerim@kz.test",
      "lee@kr.test",
      "un@observer.test",
    ]);
    for (const link of result.invitations) {
      expect(await findInvitation(db, link.url.split("/invitations/")[1]!)).toMatchObject({
        state: "valid",
        email: link.email,
      });
    }
    const audit = await db.auditEntry.findFirst({ where: { action: "user.import" }, orderBy: { id: "desc" } });
    expect(audit).toMatchObject({ actorId: secretariat.id, details: { count: 3 } });
    // The same file again: every line is now an email in use.
    expect((await refusal(csv)).map((problem) => problem.line)).toEqual([2, 3, 4]);
  });

  it("is refused to the chair", async () => {
    const chair = await sessionUser(db, "chair@concord.test");
    await expect(
      importPeople(db, chair, "name,email,role,state\nA,a@t.test,observer,", settings),
    ).rejects.toMatchObject({
      code: "forbidden",
    });
  });
});
