// Audit entries as the API and the pages show them: with the person who acted and the draft the
// act concerns (the log keeps ids only, so a renamed draft shows its name of today).
import type { AuditEntryView } from "../../lib/api/audit";
import type { Database } from "../db/client";

/** The entries with these ids, in the order given. */
export async function auditEntryViews(db: Database, ids: bigint[]): Promise<AuditEntryView[]> {
  if (ids.length === 0) return [];
  const rows = await db.auditEntry.findMany({
    where: { id: { in: ids } },
    include: { actor: { select: { id: true, name: true, role: true, memberStateCode: true } } },
  });
  const documentIds = [...new Set(rows.flatMap((row) => (row.documentId ? [row.documentId] : [])))];
  const documents = new Map(
    (
      await db.document.findMany({
        where: { id: { in: documentIds } },
        select: { id: true, title: true, symbol: true },
      })
    ).map((document) => [document.id, document]),
  );
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    if (!row) return [];
    return [
      {
        id: String(row.id),
        at: row.at.toISOString(),
        action: row.action,
        actor: row.actor
          ? { id: row.actor.id, name: row.actor.name, role: row.actor.role, memberState: row.actor.memberStateCode }
          : null,
        document: row.documentId ? (documents.get(row.documentId) ?? null) : null,
        details: (row.details as Record<string, unknown> | null) ?? null,
      },
    ];
  });
}
