import { exportQuery } from "@/lib/api/export";
import { documentParams } from "@/lib/api/parse";
import { db } from "@/server/db/client";
import { exportDraftFile } from "@/server/export/export-draft";
import { download, route } from "@/server/http/route";

/** ?format=docx|pdf|html|akn&variant=clean|negotiation|redline[&at=Rev.2][&against=Rev.1][&draft=true] */
export const GET = route(
  { action: "export", params: documentParams, query: exportQuery },
  async ({ user, params, query }) => download(await exportDraftFile(db(), user, params.id, query)),
);
