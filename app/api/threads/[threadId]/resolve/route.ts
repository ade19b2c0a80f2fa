import { NextResponse } from "next/server";
import { currentUser } from "@/server/auth/current-user";
import { setThreadResolved } from "@/server/comments/set-thread-resolved";
import { db } from "@/server/db/client";
import { apiError, unauthenticated } from "@/server/http/api-error";

export const dynamic = "force-dynamic";

export async function POST(_request: Request, { params }: { params: Promise<{ threadId: string }> }) {
  try {
    const user = await currentUser();
    if (!user) return unauthenticated();
    return NextResponse.json(await setThreadResolved(db(), user, (await params).threadId, true));
  } catch (error) {
    return apiError(error);
  }
}
