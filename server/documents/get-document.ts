// One draft with its text, for a user who may read it.
import { DocumentNotFoundError } from "../../lib/api/errors";
import { draftContentSchema, type DraftContent } from "../../lib/draft/content";
import type { SessionUser } from "../../lib/auth/session-user";
import type { Database } from "../db/client";
import { authorize } from "../../lib/policy/can";
import type { DraftLifecycle } from "../../lib/api/documents";
import type { DocumentSummary } from "./list-documents";
import { isUuid } from "../db/uuid";
import { lastChange } from "./last-change";
import { latestIssuedRevision, latestRevisionNumber, revisionSymbol } from "../revisions/revision-symbol";

// Moved to lib/api/errors.ts; exported here too for its many importers.

export interface DocumentWithText extends DocumentSummary, DraftLifecycle {
  content: DraftContent | null;
}

export async function getDocument(db: Database, user: SessionUser, id: string): Promise<DocumentWithText> {
  authorize(user, "read");
  const document = isUuid(id)
    ? await db.document.findUnique({ where: { id }, include: { revisions: latestIssuedRevision } })
    : null;
  if (!document) throw new DocumentNotFoundError(id);
  const changed = (await lastChange(db, document.id)) ?? document.updatedAt;
  const parsed = draftContentSchema.safeParse(document.initialContent);
  const revision = latestRevisionNumber(document.revisions);
  return {
    id: document.id,
    title: document.title,
    symbol: revisionSymbol(document.symbol, revision),
    revision,
    kind: document.kind,
    stage: document.stage,
    language: document.language,
    updatedAt: changed.toISOString(),
    meeting: document.meeting,
    closedAt: document.closedAt?.toISOString() ?? null,
    archivedAt: document.archivedAt?.toISOString() ?? null,
    content: parsed.success ? parsed.data : null,
  };
}
