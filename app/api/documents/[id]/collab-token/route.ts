import { NextResponse } from "next/server";
import { currentUser } from "@/server/auth/current-user";
import { env } from "@/server/config/env";
import { db } from "@/server/db/client";
import { issueCollabTicket } from "@/server/documents/issue-collab-token";
import { apiError, unauthenticated } from "@/server/http/api-error";

export const dynamic = "force-dynamic";

/** A short-lived ticket to the draft's live text: { url, room, field, params, expiresAt, canEdit }. */
export async function POST(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const config = env();
  try {
    const user = await currentUser();
    if (!user) return unauthenticated();
    const ticket = await issueCollabTicket(db(), user, (await params).id, {
      secret: config.NEXTAUTH_SECRET!,
      publicUrl: config.NEXTAUTH_URL ?? `http://localhost:${config.PORT}`,
      collabUrl: config.COLLAB_URL,
    });
    return NextResponse.json(ticket, { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    return apiError(error);
  }
}
