// A person as the People page and the API show them: never their password hash.
import type { Person } from "../../lib/api/users";
import type { Database } from "../db/client";

export const PERSON_SELECT = {
  id: true,
  name: true,
  email: true,
  role: true,
  memberStateCode: true,
  memberState: { select: { name: true } },
  active: true,
  passwordHash: true,
  createdAt: true,
} as const;

type PersonRow = NonNullable<Awaited<ReturnType<typeof findPersonRow>>>;

export function findPersonRow(db: Pick<Database, "user">, id: string) {
  return db.user.findUnique({ where: { id }, select: PERSON_SELECT });
}

export function toPerson(row: PersonRow): Person {
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    role: row.role,
    memberState: row.memberStateCode,
    memberStateName: row.memberState?.name ?? null,
    active: row.active,
    passwordSet: row.passwordHash !== null,
    createdAt: row.createdAt.toISOString(),
  };
}
