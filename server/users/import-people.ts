// "Add many": the secretariat sends a CSV (name,email,role,state) and every person in it gets an
// account and an invitation link, or nobody does. Every bad line is named at once (a 400 with
// `lines`), and nothing is written unless the whole file is good.
import { randomUUID } from "node:crypto";
import { AppError } from "../../lib/api/errors";
import type { ImportLineProblem, ImportResult } from "../../lib/api/users";
import type { SessionUser } from "../../lib/auth/session-user";
import { authorize } from "../../lib/policy/can";
import { recordAudit } from "../audit/record-audit";
import type { Database } from "../db/client";
import { checkPeopleRows } from "./check-people-rows";
import { invitationUrl, newInvitation } from "./issue-invitation";
import { mailInvitations, type MailSettings } from "./mail-invitation";
import { parsePeopleCsv } from "./parse-people-csv";
import { PERSON_SELECT, toPerson } from "./person-view";
import { isUniqueViolation } from "./transaction";

function refuse(lines: ImportLineProblem[]): never {
  const sorted = [...lines].sort((a, b) => a.line - b.line);
  const count = new Set(sorted.map((problem) => problem.line)).size;
  throw new AppError(
    "invalid",
    `Nobody was added: ${count === 1 ? "one line needs" : `${count} lines need`} fixing (${sorted
      .map((problem) => `line ${problem.line}: ${problem.message}`)
      .join("; ")}).`,
    { lines: sorted },
  );
}

export async function importPeople(
  db: Database,
  actor: SessionUser,
  csv: string,
  settings: MailSettings,
): Promise<ImportResult> {
  authorize(actor, "manage-people");
  const parsed = parsePeopleCsv(csv);
  const emails = parsed.rows.map((row) => row.email.trim().toLowerCase()).filter(Boolean);
  const [states, inUse] = await Promise.all([
    db.memberState.findMany({ select: { code: true } }),
    db.user.findMany({ where: { email: { in: emails } }, select: { email: true } }),
  ]);
  const checked = checkPeopleRows(parsed.rows, {
    states: new Set(states.map((state) => state.code)),
    emailsInUse: new Set(inUse.map((user) => user.email)),
  });
  const problems = [...parsed.problems, ...checked.problems];
  if (problems.length > 0) refuse(problems);
  if (checked.people.length === 0)
    refuse([{ line: 2, message: "The file names nobody: add a line per person under the header." }]);

  const people = checked.people.map((person) => ({ ...person, id: randomUUID() }));
  const invitations = await db
    .$transaction(async (tx) => {
      await tx.user.createMany({
        data: people.map(({ id, name, email, role, memberState }) => ({
          id,
          name,
          email,
          role,
          memberStateCode: memberState,
        })),
      });
      const issued = people.map((person) => newInvitation(person.id, actor.id));
      await tx.invitation.createMany({ data: issued.map(({ row }) => row) });
      await recordAudit(tx, {
        actorId: actor.id,
        action: "user.import",
        details: { count: people.length, users: people.map(({ id, email }) => ({ id, email })) },
      });
      return issued.map(({ issued }) => issued);
    })
    .catch((error: unknown) => {
      // Someone else took one of the emails between the check and the write.
      if (isUniqueViolation(error)) {
        throw new AppError(
          "invalid",
          "An email of the file was given to another account meanwhile: send the file again.",
          {
            lines: [],
          },
        );
      }
      throw error;
    });

  const links = people.map((person, index) => ({
    person,
    url: invitationUrl(settings.publicUrl, invitations[index]!.token),
    expiresAt: invitations[index]!.expiresAt,
  }));
  const mailed = await mailInvitations(
    settings,
    links.map(({ person, url, expiresAt }) => ({ to: person.email, name: person.name, url, expiresAt, reset: false })),
  );
  const rows = await db.user.findMany({
    where: { id: { in: people.map((person) => person.id) } },
    select: PERSON_SELECT,
  });
  const byId = new Map(rows.map((row) => [row.id, toPerson(row)]));
  return {
    created: people.map((person) => byId.get(person.id)!),
    invitations: links.map(({ person, url, expiresAt }, index) => ({
      email: person.email,
      url,
      expiresAt: expiresAt.toISOString(),
      mailed: mailed[index] ?? false,
    })),
  };
}
