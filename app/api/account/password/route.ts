import { changePasswordBody } from "@/lib/api/users";
import { db } from "@/server/db/client";
import { route } from "@/server/http/route";
import { changeOwnPassword } from "@/server/users/change-own-password";

/** Changes the signed-in person's password: { current, password } → 204; every session of theirs ends. */
export const POST = route({ body: changePasswordBody }, async ({ user, body }) => {
  await changeOwnPassword(db(), user, body);
});
