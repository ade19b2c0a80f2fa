import { NextResponse } from "next/server";
import { currentUser } from "@/server/auth/current-user";
import { env } from "@/server/config/env";
import { db } from "@/server/db/client";
import { DocumentNotFoundError } from "@/server/documents/get-document";
import { issueCollabTicket } from "@/server/documents/issue-collab-token";
import { ForbiddenError } from "@/server/policies/document";

export const dynamic = "force-dynamic";

/** A short-lived ticket to the draft's live text: { url, room, field, params, expiresAt, canEdit }. */
export async function POST(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await currentUser();
  if (!user) return NextResponse.json({ error: "unauthenticated", message: "Sign in first." }, { status: 401 });
  const { id } = await params;
  const config = env();
  try {
    const ticket = await issueCollabTicket(db(), user, id, {
      secret: config.NEXTAUTH_SECRET!,
      publicUrl: config.NEXTAUTH_URL ?? `http://localhost:${config.PORT}`,
      collabUrl: config.COLLAB_URL,
    });
    return NextResponse.json(ticket, { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    if (error instanceof DocumentNotFoundError) {
      return NextResponse.json({ error: "not-found", message: "There is no draft with this id." }, { status: 404 });
    }
    if (error instanceof ForbiddenError) {
      return NextResponse.json({ error: "forbidden", message: error.message }, { status: 403 });
    }
    throw error;
  }
}
