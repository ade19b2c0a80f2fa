// Appends to the audit log: who did what, to which draft. Never updated, never deleted.
import type { Database } from "../db/client";

export interface AuditInput {
  actorId: string | null;
  action: string;
  documentId?: string | null;
  details?: Record<string, unknown>;
}

/** `db` may be a transaction, so that an act and its entry are written together or not at all. */
export async function recordAudit(db: Pick<Database, "auditEntry">, input: AuditInput): Promise<void> {
  await db.auditEntry.create({
    data: {
      actorId: input.actorId,
      action: input.action,
      documentId: input.documentId ?? null,
      details: (input.details ?? undefined) as object | undefined,
    },
  });
}
