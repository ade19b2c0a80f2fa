import { NextResponse } from "next/server";
import { currentUser } from "@/server/auth/current-user";
import { db } from "@/server/db/client";
import { apiError, unauthenticated } from "@/server/http/api-error";
import { paragraphHistory } from "@/server/revisions/paragraph-history";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string; pid: string }> };

/** One paragraph at each issued revision (`?checkpoints=1`: and each checkpoint), then live. */
export async function GET(request: Request, { params }: Context) {
  try {
    const user = await currentUser();
    if (!user) return unauthenticated();
    const { id, pid } = await params;
    const checkpoints = new URL(request.url).searchParams.get("checkpoints") === "1";
    return NextResponse.json(await paragraphHistory(db(), user, id, pid, { checkpoints }));
  } catch (error) {
    return apiError(error);
  }
}
