import { NextResponse } from "next/server";
import { currentUser } from "@/server/auth/current-user";
import { db } from "@/server/db/client";
import { listDocuments } from "@/server/documents/list-documents";
import { apiError, unauthenticated } from "@/server/http/api-error";

export const dynamic = "force-dynamic";

/** The drafts the signed-in user may see: [{ id, title, symbol, revision, kind, stage, updatedAt }]. */
export async function GET() {
  try {
    const user = await currentUser();
    if (!user) return unauthenticated();
    const documents = await listDocuments(db(), user);
    return NextResponse.json(
      documents.map(({ id, title, symbol, revision, kind, stage, updatedAt }) => ({
        id,
        title,
        symbol,
        revision,
        kind,
        stage,
        updatedAt,
      })),
    );
  } catch (error) {
    return apiError(error);
  }
}
