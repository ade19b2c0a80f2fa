import { NextResponse } from "next/server";
import { currentUser } from "@/server/auth/current-user";
import { endAllSessions } from "@/server/auth/session-version";
import { db } from "@/server/db/client";
import { apiError, unauthenticated } from "@/server/http/api-error";

export const dynamic = "force-dynamic";

/** "Sign out everywhere": ends every session and collaboration ticket of the signed-in user. */
export async function POST() {
  try {
    const user = await currentUser();
    if (!user) return unauthenticated();
    await endAllSessions(db(), user.id, "auth.sign-out-everywhere");
    return new NextResponse(null, { status: 204 });
  } catch (error) {
    return apiError(error);
  }
}
