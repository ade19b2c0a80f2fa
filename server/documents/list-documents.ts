// The drafts a user may see, newest change first.
import type { SessionUser } from "../auth/session-user";
import type { Database } from "../db/client";
import { can } from "../policies/document";
import { latestIssuedRevision, latestRevisionNumber, revisionSymbol } from "../revisions/revision-symbol";

export interface DocumentSummary {
  id: string;
  title: string;
  /** The current symbol: the tabled one, followed by "/Rev.N" once revisions are issued. */
  symbol: string;
  /** N of the last issued revision, null before the first. */
  revision: number | null;
  kind: string;
  stage: string;
  language: string;
  updatedAt: string;
}

export async function listDocuments(db: Database, user: SessionUser): Promise<DocumentSummary[]> {
  // Every role of the forum reads every draft today; the policy still has the last word.
  if (!can(user, "read")) return [];
  const documents = await db.document.findMany({
    orderBy: [{ updatedAt: "desc" }, { symbol: "asc" }],
    select: {
      id: true,
      title: true,
      symbol: true,
      kind: true,
      stage: true,
      language: true,
      updatedAt: true,
      revisions: latestIssuedRevision,
    },
  });
  return documents.map(({ revisions, ...document }) => {
    const revision = latestRevisionNumber(revisions);
    return {
      ...document,
      symbol: revisionSymbol(document.symbol, revision),
      revision,
      updatedAt: document.updatedAt.toISOString(),
    };
  });
}
