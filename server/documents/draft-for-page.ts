// A draft page's first step: who is asking, and the draft they may read — or the 404 page for
// a draft that does not exist or is not theirs to see (never a hint which).
import { notFound } from "next/navigation";
import { requirePageUser } from "../auth/current-user";
import { db } from "../db/client";
import { getDocument } from "./get-document";
import { DocumentNotFoundError } from "../../lib/api/errors";

export async function draftForPage(id: string) {
  const user = await requirePageUser();
  const draft = await getDocument(db(), user, id).catch((error: unknown) => {
    if (error instanceof DocumentNotFoundError) notFound();
    throw error;
  });
  return { user, draft };
}
