// The drafts a user may see, newest change first.
import type { SessionUser } from "../auth/session-user";
import type { Database } from "../db/client";
import { can } from "../policies/document";

export interface DocumentSummary {
  id: string;
  title: string;
  symbol: string;
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
    select: { id: true, title: true, symbol: true, kind: true, stage: true, language: true, updatedAt: true },
  });
  return documents.map((document) => ({ ...document, updatedAt: document.updatedAt.toISOString() }));
}
