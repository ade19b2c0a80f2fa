// Compare any two points of a draft's history — issued revisions, checkpoints, the live text —
// paragraph by paragraph (lib/revisions/compare.ts: matched by stable id, word by word).
import { COMPARE_WHAT, type RevisionComparison, type TextAt } from "../../lib/api/revisions";
import { compareTexts, type TextComparison } from "../../lib/revisions";
import type { SessionUser } from "../../lib/auth/session-user";
import { InvalidInputError } from "../../lib/api/errors";
import type { Database } from "../db/client";
import { textAt } from "./text-at";
import * as Y from "yjs";
import { loadDocument } from "../collab/load-document";
import { attributeComparison, loadAuthorship } from "./attribution";

const withoutText = ({ document, revision, at }: TextAt): Omit<TextAt, "text"> => ({ document, revision, at });

export async function compareRevisions(
  db: Database,
  user: SessionUser,
  documentId: string,
  from: string | null,
  to: string | null,
): Promise<RevisionComparison> {
  // The route's query schema refuses this too; the compare page passes its search as it is.
  if (!from) throw new InvalidInputError(COMPARE_WHAT);
  const [before, after] = await Promise.all([
    textAt(db, user, documentId, from),
    textAt(db, user, documentId, to ?? "live"),
  ]);
  const comparison = compareTexts(before.text, after.text);
  await attributeTexts(db, documentId, comparison, before, after);
  return { from: withoutText(before), to: withoutText(after), comparison };
}

/** Who inserted and deleted each run (attribution.ts), read from the two texts as Yjs documents. */
export async function attributeTexts(
  db: Database,
  documentId: string,
  comparison: TextComparison,
  before: TextAt,
  after: TextAt,
): Promise<void> {
  const [authorship, from, to] = await Promise.all([
    loadAuthorship(db, documentId),
    docAt(db, documentId, before),
    docAt(db, documentId, after),
  ]);
  try {
    attributeComparison(comparison, from, to, authorship);
  } finally {
    from.destroy();
    to.destroy();
  }
}

async function docAt(db: Database, documentId: string, text: TextAt): Promise<Y.Doc> {
  if (text.revision === null) return (await loadDocument(db, documentId)).doc;
  const row = await db.revision.findUniqueOrThrow({ where: { id: text.revision.id }, select: { state: true } });
  const doc = new Y.Doc();
  Y.applyUpdate(doc, row.state);
  return doc;
}
