import { NextResponse } from "next/server";
import { currentUser } from "@/server/auth/current-user";
import { db } from "@/server/db/client";
import { readDraft } from "@/server/documents/read-draft-paragraphs";
import { apiError, unauthenticated } from "@/server/http/api-error";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

/** The draft's metadata and its paragraphs in order, numbered and with their status, from the live text. */
export async function GET(_request: Request, { params }: Context) {
  try {
    const user = await currentUser();
    if (!user) return unauthenticated();
    return NextResponse.json(await readDraft(db(), user, (await params).id));
  } catch (error) {
    return apiError(error);
  }
}
