import { NextResponse } from "next/server";
import { currentUser } from "@/server/auth/current-user";
import { db } from "@/server/db/client";
import { BracketsRemainError } from "@/server/export/export-document";
import { exportDraft } from "@/server/export/export-draft";
import { apiError, unauthenticated } from "@/server/http/api-error";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

/** ?format=docx|pdf|html|akn&variant=clean|negotiation|redline[&at=Rev.2][&against=Rev.1][&draft=true] */
export async function GET(request: Request, { params }: Context) {
  try {
    const user = await currentUser();
    if (!user) return unauthenticated();
    const query = new URL(request.url).searchParams;
    const file = await exportDraft(db(), user, (await params).id, {
      format: query.get("format"),
      variant: query.get("variant"),
      at: query.get("at"),
      against: query.get("against"),
      draft: query.get("draft"),
    });
    return new NextResponse(typeof file.body === "string" ? file.body : new Uint8Array(file.body), {
      headers: {
        "Content-Type": file.contentType,
        "Content-Disposition": `attachment; filename="${file.filename}"`,
        "Cache-Control": "no-store",
      },
    });
  } catch (error) {
    if (error instanceof BracketsRemainError)
      return NextResponse.json(
        { error: "brackets-remain", message: error.message, paragraphs: error.paragraphs },
        { status: 409 },
      );
    return apiError(error);
  }
}
