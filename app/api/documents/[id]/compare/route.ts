import { documentParams } from "@/lib/api/parse";
import { compareQuery } from "@/lib/api/revisions";
import { db } from "@/server/db/client";
import { route } from "@/server/http/route";
import { compareRevisions } from "@/server/revisions/compare-revisions";

/** Two points of the draft's history compared paragraph by paragraph: ?from=Rev.1&to=live. */
export const GET = route({ params: documentParams, query: compareQuery }, ({ user, params, query }) =>
  compareRevisions(db(), user, params.id, query.from, query.to ?? "live"),
);
