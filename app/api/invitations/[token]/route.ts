import { invitationParams, setPasswordBody } from "@/lib/api/users";
import { db } from "@/server/db/client";
import { route } from "@/server/http/route";
import { acceptInvitation } from "@/server/users/accept-invitation";

/** Sets the password of the invitation's account: { password } → 204. Public: the token is the credential. */
export const POST = route(
  { session: false, params: invitationParams, body: setPasswordBody },
  async ({ params, body }) => {
    await acceptInvitation(db(), params.token, body.password);
  },
);
