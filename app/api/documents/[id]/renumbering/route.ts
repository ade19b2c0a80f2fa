import { NextResponse } from "next/server";
import { currentUser } from "@/server/auth/current-user";
import { db } from "@/server/db/client";
import { recordRenumbering } from "@/server/documents/record-renumbering";
import { apiError, jsonBody, unauthenticated } from "@/server/http/api-error";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

/** Records a renumbering done in the live text: { table: [{ id, old, new }] }. Chair and secretariat. */
export async function POST(request: Request, { params }: Context) {
  try {
    const user = await currentUser();
    if (!user) return unauthenticated();
    await recordRenumbering(db(), user, (await params).id, await jsonBody(request));
    return new NextResponse(null, { status: 204 });
  } catch (error) {
    return apiError(error);
  }
}
