import { recordQuery } from "@/lib/api/export";
import { documentParams } from "@/lib/api/parse";
import { db } from "@/server/db/client";
import { exportRecord } from "@/server/export/export-record";
import { download, route } from "@/server/http/route";

/** ?format=docx|html — the draft's negotiating history, for the chair and the secretariat. */
export const GET = route(
  { action: "export-record", params: documentParams, query: recordQuery },
  async ({ user, params, query }) => download(await exportRecord(db(), user, params.id, query.format)),
);
