import { personParams, updatePersonBody } from "@/lib/api/users";
import { db } from "@/server/db/client";
import { route } from "@/server/http/route";
import { updatePerson } from "@/server/users/update-person";

/** Changes a person's { role?, memberState?, active? }; their sessions end at once. Secretariat. */
export const PATCH = route(
  { action: "manage-people", params: personParams, body: updatePersonBody },
  ({ user, params, body }) => updatePerson(db(), user, params.id, body),
);
