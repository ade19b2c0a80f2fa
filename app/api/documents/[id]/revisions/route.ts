import { NextResponse } from "next/server";
import { currentUser } from "@/server/auth/current-user";
import { db } from "@/server/db/client";
import { apiError, jsonBody, unauthenticated } from "@/server/http/api-error";
import { issueRevision } from "@/server/revisions/issue-revision";
import { listRevisions } from "@/server/revisions/list-revisions";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

/** The draft's timeline: issued revisions and checkpoints, newest first, with counts by status. */
export async function GET(_request: Request, { params }: Context) {
  try {
    const user = await currentUser();
    if (!user) return unauthenticated();
    return NextResponse.json(await listRevisions(db(), user, (await params).id));
  } catch (error) {
    return apiError(error);
  }
}

/** Issues the next revision: { label?, meeting? }. Chair and secretariat. */
export async function POST(request: Request, { params }: Context) {
  try {
    const user = await currentUser();
    if (!user) return unauthenticated();
    // An empty body is a revision without label or meeting.
    const body = await jsonBody(request, { empty: {} });
    return NextResponse.json(await issueRevision(db(), user, (await params).id, body), { status: 201 });
  } catch (error) {
    return apiError(error);
  }
}
