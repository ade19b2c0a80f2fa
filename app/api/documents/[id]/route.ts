import { documentParams } from "@/lib/api/parse";
import { db } from "@/server/db/client";
import { readDraft } from "@/server/documents/read-draft-paragraphs";
import { route } from "@/server/http/route";

/** The draft's metadata and its paragraphs in order, numbered and with their status, from the live text. */
export const GET = route({ params: documentParams }, ({ user, params }) => readDraft(db(), user, params.id));
