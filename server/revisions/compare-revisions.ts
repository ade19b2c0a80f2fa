// Compare any two points of a draft's history — issued revisions, checkpoints, the live text —
// paragraph by paragraph (lib/revisions/compare.ts: matched by stable id, word by word).
import { compareTexts, type TextComparison } from "../../lib/revisions";
import type { SessionUser } from "../auth/session-user";
import { InvalidInputError } from "../comments/errors";
import type { Database } from "../db/client";
import { textAt, type TextAt } from "./text-at";

export interface RevisionComparison {
  from: Omit<TextAt, "text">;
  to: Omit<TextAt, "text">;
  comparison: TextComparison;
}

const withoutText = ({ document, revision, at }: TextAt): Omit<TextAt, "text"> => ({ document, revision, at });

export async function compareRevisions(
  db: Database,
  user: SessionUser,
  documentId: string,
  from: string | null,
  to: string | null,
): Promise<RevisionComparison> {
  if (!from) throw new InvalidInputError('Say what to compare: ?from=Rev.1&to=live (to defaults to "live").');
  const [before, after] = await Promise.all([
    textAt(db, user, documentId, from),
    textAt(db, user, documentId, to ?? "live"),
  ]);
  return { from: withoutText(before), to: withoutText(after), comparison: compareTexts(before.text, after.text) };
}
