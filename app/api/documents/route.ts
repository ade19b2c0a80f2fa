import type { DocumentListItem } from "@/lib/api/documents";
import { db } from "@/server/db/client";
import { listDocuments } from "@/server/documents/list-documents";
import { route } from "@/server/http/route";

/** The drafts the signed-in user may see: [{ id, title, symbol, revision, kind, stage, updatedAt }]. */
export const GET = route({}, async ({ user }) =>
  (await listDocuments(db(), user)).map(
    ({ id, title, symbol, revision, kind, stage, updatedAt }): DocumentListItem => ({
      id,
      title,
      symbol,
      revision,
      kind,
      stage,
      updatedAt,
    }),
  ),
);
