// The acts of one draft's life (tabled, renamed, moved to another stage, closed, archived, …), for
// its history page: everyone who reads the draft may see who did them and when, newest first.
import { LIFECYCLE_ACTIONS, type AuditEntryView } from "../../lib/api/audit";
import type { SessionUser } from "../../lib/auth/session-user";
import type { Database } from "../db/client";
import { getDocument } from "../documents/get-document";
import { auditEntryViews } from "./audit-entry-view";

export async function draftLifecycle(db: Database, user: SessionUser, documentId: string): Promise<AuditEntryView[]> {
  await getDocument(db, user, documentId); // the draft exists and the user may read it
  const rows = await db.auditEntry.findMany({
    where: { documentId, action: { in: [...LIFECYCLE_ACTIONS] } },
    orderBy: { id: "desc" },
    take: 500,
    select: { id: true },
  });
  return auditEntryViews(
    db,
    rows.map((row) => row.id),
  );
}
