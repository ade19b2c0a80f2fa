import { NextResponse } from "next/server";
import { currentUser } from "@/server/auth/current-user";
import { db } from "@/server/db/client";
import { apiError, unauthenticated } from "@/server/http/api-error";
import { routeParam } from "@/server/http/clean-text";
import { textAt } from "@/server/revisions/text-at";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string; ref: string }> };

/** One revision ("Rev.2", "2", a revision or checkpoint id, or "live") with its paragraphs. */
export async function GET(_request: Request, { params }: Context) {
  try {
    const user = await currentUser();
    if (!user) return unauthenticated();
    const { id, ref } = await params;
    return NextResponse.json(await textAt(db(), user, id, routeParam(ref)));
  } catch (error) {
    return apiError(error);
  }
}
