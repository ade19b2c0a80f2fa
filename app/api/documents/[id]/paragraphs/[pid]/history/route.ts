import { paragraphHistoryQuery, paragraphParams } from "@/lib/api/revisions";
import { db } from "@/server/db/client";
import { route } from "@/server/http/route";
import { paragraphHistory } from "@/server/revisions/paragraph-history";

/** One paragraph at each issued revision (`?checkpoints=1`: and each checkpoint), then live. */
export const GET = route({ params: paragraphParams, query: paragraphHistoryQuery }, ({ user, params, query }) =>
  paragraphHistory(db(), user, params.id, params.pid, { checkpoints: query.checkpoints }),
);
