// A draft's text at a point of its history — an issued revision, a checkpoint, or the live text —
// with the draft's metadata as it stood then. What comparisons, paragraph histories and exports
// of a past revision read: a revision's text view is stored with it, so it reads back exactly as
// it was issued.
import type { TextAt } from "../../lib/api/revisions";
import type { TextView } from "../../lib/draft/paragraph-views";
import type { SessionUser } from "../../lib/auth/session-user";
import type { Database } from "../db/client";
import { readDraft } from "../documents/read-draft-paragraphs";
import { getDocument } from "../documents/get-document";
import { findRevision, parseRevisionRef } from "./find-revision";
import { revisionSummary } from "./revision-summary";

export async function textAt(db: Database, user: SessionUser, documentId: string, ref: string | null): Promise<TextAt> {
  if (ref === null || parseRevisionRef(ref).kind === "live") {
    const { paragraphs, deleted, id, title, symbol, kind, stage, language } = await readDraft(db, user, documentId);
    return {
      document: { id, title, symbol, kind, stage, language },
      revision: null,
      at: new Date().toISOString(),
      text: { paragraphs, deleted },
    };
  }
  const { id, title, kind, stage, language } = await getDocument(db, user, documentId);
  const row = await findRevision(db, documentId, ref);
  const createdBy = row.createdById
    ? await db.user.findUnique({
        where: { id: row.createdById },
        select: { name: true, role: true, memberStateCode: true },
      })
    : null;
  return {
    document: { id, title, symbol: row.symbol, kind, stage, language },
    revision: revisionSummary({ ...row, createdBy }),
    at: row.createdAt.toISOString(),
    text: row.text as unknown as TextView,
  };
}
