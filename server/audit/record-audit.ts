// Appends to the audit log: who did what, to which draft. Never updated, never deleted.
import type { Database } from "../db/client";

export interface AuditInput {
  actorId: string | null;
  action: string;
  documentId?: string | null;
  details?: Record<string, unknown>;
}

export async function recordAudit(db: Database, input: AuditInput): Promise<void> {
  await db.auditEntry.create({
    data: {
      actorId: input.actorId,
      action: input.action,
      documentId: input.documentId ?? null,
      details: (input.details ?? undefined) as object | undefined,
    },
  });
}
