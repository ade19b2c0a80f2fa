// Relative imports (not "@/"): the route's integration test imports this file as it is.
import { auditQuery } from "../../../lib/api/audit";
import { listAudit } from "../../../server/audit/list-audit";
import { db } from "../../../server/db/client";
import { route } from "../../../server/http/route";

/** The audit log, newest first, a page at a time: { entries, next }. The secretariat and the chair. */
export const GET = route({ action: "read-audit", query: auditQuery }, ({ user, query }) =>
  listAudit(db(), user, query),
);
