// The audit log as the secretariat and the chair read it: newest first, a page at a time,
// filtered by person, draft and action. One thing is never shown: acts on another delegation's
// internal comment threads — an internal thread does not exist for anyone outside its delegation,
// not even that it was opened (README, "Comment threads").
import { AUDIT_PAGE_SIZE, type AuditEntryView, type AuditPage, type AuditQuery } from "../../lib/api/audit";
import { delegationOf } from "../../lib/auth/delegation";
import type { SessionUser } from "../../lib/auth/session-user";
import { authorize } from "../../lib/policy/can";
import type { Database } from "../db/client";
import { auditEntryViews } from "./audit-entry-view";

export async function listAudit(db: Database, user: SessionUser, query: AuditQuery = {}): Promise<AuditPage> {
  authorize(user, "read-audit");
  const limit = query.limit ?? AUDIT_PAGE_SIZE;
  const delegation = delegationOf(user);
  // One more than a page, to know whether another page follows.
  const rows = await db.$queryRaw<{ id: bigint }[]>`
    SELECT a.id FROM "AuditEntry" a
    WHERE (${query.actor ?? null}::uuid IS NULL OR a."actorId" = ${query.actor ?? null}::uuid)
      AND (${query.document ?? null}::uuid IS NULL OR a."documentId" = ${query.document ?? null}::uuid)
      AND (${query.action ?? null}::text IS NULL OR a.action = ${query.action ?? null}::text)
      AND (${query.before ?? null}::bigint IS NULL OR a.id < ${query.before ?? null}::bigint)
      AND NOT EXISTS (
        SELECT 1 FROM "CommentThread" t
        WHERE t.visibility = 'INTERNAL'
          AND t.delegation IS DISTINCT FROM ${delegation}::text
          AND t.id = CASE WHEN a.details->>'threadId' ~* '^[0-9a-f]{8}-([0-9a-f]{4}-){3}[0-9a-f]{12}$'
                          THEN (a.details->>'threadId')::uuid END)
    ORDER BY a.id DESC
    LIMIT ${limit + 1}`;
  const page = rows.slice(0, limit);
  const entries: AuditEntryView[] = await auditEntryViews(
    db,
    page.map((row) => row.id),
  );
  return { entries, next: rows.length > limit ? String(page.at(-1)!.id) : null };
}
