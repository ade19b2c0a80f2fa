import { endAllSessions } from "@/server/auth/session-version";
import { db } from "@/server/db/client";
import { route } from "@/server/http/route";

/** "Sign out everywhere": ends every session and collaboration ticket of the signed-in user (204). */
export const POST = route({}, async ({ user }) => {
  await endAllSessions(db(), user.id, "auth.sign-out-everywhere");
});
