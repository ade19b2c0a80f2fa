import { NextResponse } from "next/server";
import { databaseIsHealthy } from "@/server/db/check-health";

export const dynamic = "force-dynamic";

/** Public, for load balancers and monitors: 200 when the app and its database answer. */
export async function GET() {
  const healthy = await databaseIsHealthy();
  return NextResponse.json(
    { status: healthy ? "ok" : "unavailable", db: healthy ? "ok" : "unreachable" },
    { status: healthy ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}
