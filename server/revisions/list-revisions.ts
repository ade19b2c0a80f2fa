// The timeline of a draft: issued revisions and checkpoints, newest first.
import type { SessionUser } from "../../lib/auth/session-user";
import type { Database } from "../db/client";
import { getDocument } from "../documents/get-document";
import type { RevisionSummary } from "../../lib/api/revisions";
import { isLegacyCounts, revisionSummary, summaryColumns } from "./revision-summary";

export async function listRevisions(db: Database, user: SessionUser, documentId: string): Promise<RevisionSummary[]> {
  await getDocument(db, user, documentId);
  const rows = await db.revision.findMany({
    where: { documentId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: summaryColumns,
  });
  // Revisions stored before the counts had a total are counted again from their text.
  const legacy = rows.filter((row) => isLegacyCounts(row.counts)).map((row) => row.id);
  const texts = new Map(
    legacy.length === 0
      ? []
      : (await db.revision.findMany({ where: { id: { in: legacy } }, select: { id: true, text: true } })).map(
          (row) => [row.id, row.text] as const,
        ),
  );
  return rows.map((row) => revisionSummary({ ...row, text: texts.get(row.id) }));
}
