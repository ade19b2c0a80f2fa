import { documentParams } from "@/lib/api/parse";
import { env } from "@/server/config/env";
import { db } from "@/server/db/client";
import { issueCollabTicket } from "@/server/documents/issue-collab-token";
import { route } from "@/server/http/route";

/** A short-lived ticket to the draft's live text: { url, room, field, params, expiresAt, canEdit }. */
export const POST = route({ params: documentParams, headers: { "Cache-Control": "no-store" } }, ({ user, params }) => {
  const config = env();
  return issueCollabTicket(db(), user, params.id, {
    secret: config.NEXTAUTH_SECRET!,
    publicUrl: config.NEXTAUTH_URL ?? `http://localhost:${config.PORT}`,
    collabUrl: config.COLLAB_URL,
  });
});
