import { NextResponse } from "next/server";
import { currentUser } from "@/server/auth/current-user";
import { db } from "@/server/db/client";
import { apiError, unauthenticated } from "@/server/http/api-error";
import { routeParam } from "@/server/http/clean-text";
import { restoreRevision } from "@/server/revisions/restore-revision";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string; ref: string }> };

/** Brings the revision's text back as a new change on top of the live text. Chair and secretariat. */
export async function POST(_request: Request, { params }: Context) {
  try {
    const user = await currentUser();
    if (!user) return unauthenticated();
    const { id, ref } = await params;
    return NextResponse.json(await restoreRevision(db(), user, id, routeParam(ref)));
  } catch (error) {
    return apiError(error);
  }
}
