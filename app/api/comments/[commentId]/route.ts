import { NextResponse } from "next/server";
import { currentUser } from "@/server/auth/current-user";
import { editComment } from "@/server/comments/edit-comment";
import { db } from "@/server/db/client";
import { apiError, jsonBody, unauthenticated } from "@/server/http/api-error";

export const dynamic = "force-dynamic";

/** Edits one's own comment: { body }. Answers the whole thread. */
export async function PATCH(request: Request, { params }: { params: Promise<{ commentId: string }> }) {
  try {
    const user = await currentUser();
    if (!user) return unauthenticated();
    return NextResponse.json(await editComment(db(), user, (await params).commentId, await jsonBody(request)));
  } catch (error) {
    return apiError(error);
  }
}
