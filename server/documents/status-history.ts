// The status history of a draft (GET /api/documents/{id}/status-history): who set which
// paragraph to which status, when, newest first. Anyone who may read the draft may read it:
// statuses are declared in the room, in front of every delegation.
import type { StatusHistoryEntry } from "../../lib/api/documents";
import type { SessionUser } from "../../lib/auth/session-user";
import type { Database } from "../db/client";
import { getDocument } from "./get-document";

export async function statusHistory(
  db: Database,
  viewer: SessionUser,
  documentId: string,
  paragraphId?: string | null,
): Promise<StatusHistoryEntry[]> {
  await getDocument(db, viewer, documentId); // the draft exists and the viewer may read it
  const rows = await db.paragraphStatusChange.findMany({
    where: { documentId, ...(paragraphId ? { paragraphId } : {}) },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    take: 500,
    include: { user: { select: { id: true, name: true, role: true } } },
  });
  return rows.map((row) => ({
    id: row.id,
    paragraphId: row.paragraphId,
    from: row.from,
    to: row.to,
    adRef: row.to === "agreed_ad_ref" ? { states: row.adRefStates, deadline: row.adRefDeadline } : null,
    by: { id: row.user.id, name: row.user.name, role: row.user.role },
    at: row.createdAt.toISOString(),
  }));
}
