// The People page's list: every account, searched by name or email and filtered by role and
// delegation, in the order a secretariat reads a list of participants (by delegation, then name).
import type { Person, PeopleQuery } from "../../lib/api/users";
import type { SessionUser } from "../../lib/auth/session-user";
import { authorize } from "../../lib/policy/can";
import type { Database } from "../db/client";
import { PERSON_SELECT, toPerson } from "./person-view";

export async function listPeople(db: Database, viewer: SessionUser, query: PeopleQuery = {}): Promise<Person[]> {
  authorize(viewer, "read-people");
  const q = query.q?.trim();
  const rows = await db.user.findMany({
    where: {
      ...(q
        ? { OR: [{ name: { contains: q, mode: "insensitive" } }, { email: { contains: q, mode: "insensitive" } }] }
        : {}),
      ...(query.role ? { role: query.role } : {}),
      ...(query.state ? { memberStateCode: query.state.toUpperCase() } : {}),
    },
    select: PERSON_SELECT,
    orderBy: [{ role: "asc" }, { memberStateCode: { sort: "asc", nulls: "first" } }, { name: "asc" }],
  });
  return rows.map(toPerson);
}
