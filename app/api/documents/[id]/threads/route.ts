import { NextResponse } from "next/server";
import { currentUser } from "@/server/auth/current-user";
import { createThread } from "@/server/comments/create-thread";
import { listThreads } from "@/server/comments/list-threads";
import { db } from "@/server/db/client";
import { apiError, jsonBody, unauthenticated } from "@/server/http/api-error";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

/** The draft's threads the viewer may see. */
export async function GET(_request: Request, { params }: Context) {
  try {
    const user = await currentUser();
    if (!user) return unauthenticated();
    return NextResponse.json(await listThreads(db(), user, (await params).id));
  } catch (error) {
    return apiError(error);
  }
}

/** Opens a thread: { visibility, anchor: { start, end }, quote, body }. */
export async function POST(request: Request, { params }: Context) {
  try {
    const user = await currentUser();
    if (!user) return unauthenticated();
    return NextResponse.json(await createThread(db(), user, (await params).id, await jsonBody(request)), {
      status: 201,
    });
  } catch (error) {
    return apiError(error);
  }
}
