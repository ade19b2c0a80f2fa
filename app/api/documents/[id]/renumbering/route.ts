import { renumberingBody } from "@/lib/api/documents";
import { documentParams } from "@/lib/api/parse";
import { db } from "@/server/db/client";
import { recordRenumbering } from "@/server/documents/record-renumbering";
import { route } from "@/server/http/route";

/** Records a renumbering done in the live text: { table: [{ id, old, new }] } → 204. Chair and secretariat. */
export const POST = route(
  { action: "renumber", params: documentParams, body: renumberingBody },
  ({ user, params, body }) => recordRenumbering(db(), user, params.id, body),
);
