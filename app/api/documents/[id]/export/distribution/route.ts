import { NextResponse } from "next/server";
import { currentUser } from "@/server/auth/current-user";
import { db } from "@/server/db/client";
import { distributionOf, setDistribution } from "@/server/export/distribution";
import { getDocument } from "@/server/documents/get-document";
import { apiError, jsonBody, unauthenticated } from "@/server/http/api-error";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

/** The draft's distribution as its exports' cover prints it: { distribution: "Limited" }. */
export async function GET(_request: Request, { params }: Context) {
  try {
    const user = await currentUser();
    if (!user) return unauthenticated();
    const { id } = await getDocument(db(), user, (await params).id);
    return NextResponse.json({ distribution: await distributionOf(db(), id) });
  } catch (error) {
    return apiError(error);
  }
}

/** { distribution: "General" | "Limited" | "Restricted" } — chair and secretariat (who export). */
export async function PUT(request: Request, { params }: Context) {
  try {
    const user = await currentUser();
    if (!user) return unauthenticated();
    const body = (await jsonBody(request)) as { distribution?: unknown } | null;
    const distribution = await setDistribution(db(), user, (await params).id, body?.distribution);
    return NextResponse.json({ distribution });
  } catch (error) {
    return apiError(error);
  }
}
