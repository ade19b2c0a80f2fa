// The timeline of a draft: issued revisions and checkpoints, newest first.
import type { SessionUser } from "../auth/session-user";
import type { Database } from "../db/client";
import { getDocument } from "../documents/get-document";
import { revisionSummary, summaryColumns, type RevisionSummary } from "./revision-summary";

export async function listRevisions(db: Database, user: SessionUser, documentId: string): Promise<RevisionSummary[]> {
  await getDocument(db, user, documentId);
  const rows = await db.revision.findMany({
    where: { documentId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: summaryColumns,
  });
  return rows.map(revisionSummary);
}
