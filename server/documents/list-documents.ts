// The drafts a user may see, newest change first: those under negotiation (closed ones included),
// or those the secretariat archived — out of the list, still readable under "Archived".
import type { DocumentListItem } from "../../lib/api/documents";
import type { SessionUser } from "../../lib/auth/session-user";
import type { Database } from "../db/client";
import { can } from "../../lib/policy/can";
import { lastChanges } from "./last-change";
import { latestIssuedRevision, latestRevisionNumber, revisionSymbol } from "../revisions/revision-symbol";

/** A draft as the list shows it (lib/api/documents.ts), with its language for the server's own readers. */
export interface DocumentSummary extends DocumentListItem {
  language: string;
}

export async function listDocuments(
  db: Database,
  user: SessionUser,
  options: { archived?: boolean } = {},
): Promise<DocumentSummary[]> {
  // Every role of the forum reads every draft today; the policy still has the last word.
  if (!can(user, "read")) return [];
  const [documents, changes] = await Promise.all([
    db.document.findMany({
      where: { archivedAt: options.archived ? { not: null } : null },
      orderBy: { symbol: "asc" },
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
    }),
    lastChanges(db),
  ]);
  return documents
    .map(({ revisions, ...document }) => {
      const revision = latestRevisionNumber(revisions);
      return {
        ...document,
        symbol: revisionSymbol(document.symbol, revision),
        revision,
        updatedAt: (changes.get(document.id) ?? document.updatedAt).toISOString(),
      };
    })
    .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt)); // stable: same time, by symbol
}
