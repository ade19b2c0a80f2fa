import { createPersonBody, peopleQuery } from "@/lib/api/users";
import { db } from "@/server/db/client";
import { route } from "@/server/http/route";
import { createPerson } from "@/server/users/create-person";
import { invitationSettings } from "@/server/users/invitation-settings";
import { listPeople } from "@/server/users/list-people";

/** Every account, searched (?q= name or email) and filtered (?role=, ?state=). Secretariat and chair. */
export const GET = route({ action: "read-people", query: peopleQuery }, ({ user, query }) =>
  listPeople(db(), user, query),
);

/** Opens an account: { name, email, role, memberState? } → 201 the person and their invitation link. Secretariat. */
export const POST = route({ action: "manage-people", body: createPersonBody, status: 201 }, ({ user, body, request }) =>
  createPerson(db(), user, body, invitationSettings(request)),
);
