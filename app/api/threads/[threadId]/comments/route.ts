import { NextResponse } from "next/server";
import { currentUser } from "@/server/auth/current-user";
import { replyToThread } from "@/server/comments/reply-to-thread";
import { db } from "@/server/db/client";
import { apiError, jsonBody, unauthenticated } from "@/server/http/api-error";

export const dynamic = "force-dynamic";

/** Replies to a thread: { body }. Answers the whole thread. */
export async function POST(request: Request, { params }: { params: Promise<{ threadId: string }> }) {
  try {
    const user = await currentUser();
    if (!user) return unauthenticated();
    return NextResponse.json(await replyToThread(db(), user, (await params).threadId, await jsonBody(request)), {
      status: 201,
    });
  } catch (error) {
    return apiError(error);
  }
}
