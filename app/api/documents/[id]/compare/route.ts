import { NextResponse } from "next/server";
import { currentUser } from "@/server/auth/current-user";
import { db } from "@/server/db/client";
import { apiError, unauthenticated } from "@/server/http/api-error";
import { compareRevisions } from "@/server/revisions/compare-revisions";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

/** Two points of the draft's history compared paragraph by paragraph: ?from=Rev.1&to=live. */
export async function GET(request: Request, { params }: Context) {
  try {
    const user = await currentUser();
    if (!user) return unauthenticated();
    const query = new URL(request.url).searchParams;
    return NextResponse.json(await compareRevisions(db(), user, (await params).id, query.get("from"), query.get("to")));
  } catch (error) {
    return apiError(error);
  }
}
