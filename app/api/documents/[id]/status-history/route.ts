import { NextResponse } from "next/server";
import { currentUser } from "@/server/auth/current-user";
import { db } from "@/server/db/client";
import { statusHistory } from "@/server/documents/status-history";
import { apiError, unauthenticated } from "@/server/http/api-error";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

/** Who set which paragraph's status, when; `?paragraph=<pid>` for one paragraph. */
export async function GET(request: Request, { params }: Context) {
  try {
    const user = await currentUser();
    if (!user) return unauthenticated();
    const paragraph = new URL(request.url).searchParams.get("paragraph");
    return NextResponse.json(await statusHistory(db(), user, (await params).id, paragraph));
  } catch (error) {
    return apiError(error);
  }
}
