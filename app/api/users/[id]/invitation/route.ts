import { personParams } from "@/lib/api/users";
import { db } from "@/server/db/client";
import { route } from "@/server/http/route";
import { invitationSettings } from "@/server/users/invitation-settings";
import { resetPassword } from "@/server/users/reset-password";

/** Resets a person's password: 201 a new invitation link { url, expiresAt, mailed }. Secretariat. */
export const POST = route({ action: "manage-people", params: personParams, status: 201 }, ({ user, params, request }) =>
  resetPassword(db(), user, params.id, invitationSettings(request)),
);
