import { statusHistoryQuery } from "@/lib/api/documents";
import { documentParams } from "@/lib/api/parse";
import { db } from "@/server/db/client";
import { statusHistory } from "@/server/documents/status-history";
import { route } from "@/server/http/route";

/** Who set which paragraph's status, when; `?paragraph=<pid>` for one paragraph. */
export const GET = route({ params: documentParams, query: statusHistoryQuery }, ({ user, params, query }) =>
  statusHistory(db(), user, params.id, query.paragraph),
);
