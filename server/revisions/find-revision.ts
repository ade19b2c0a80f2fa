// Which revision a request means: "Rev.2" (or "2"), a revision's or a checkpoint's id, or
// "live" — the text as it stands. Unknown ones are a RevisionNotFoundError (404), never a guess.
import { RevisionNotFoundError } from "../../lib/api/errors";
import type { Database } from "../db/client";
import type { Revision } from "../db/generated/client";
import { isUuid } from "../db/uuid";

// Moved to lib/api/errors.ts; exported here too for its importers.

export type RevisionRef = { kind: "live" } | { kind: "number"; number: number } | { kind: "id"; id: string };

export function parseRevisionRef(ref: string): RevisionRef {
  const trimmed = ref.trim();
  if (/^live$/i.test(trimmed)) return { kind: "live" };
  const numbered = /^(?:rev\.?\s*)?(\d{1,6})$/i.exec(trimmed);
  if (numbered) return { kind: "number", number: Number(numbered[1]) };
  if (isUuid(trimmed)) return { kind: "id", id: trimmed.toLowerCase() };
  throw new RevisionNotFoundError(ref);
}

/** The stored revision or checkpoint `ref` names in draft `documentId` ("live" is not stored). */
export async function findRevision(db: Database, documentId: string, ref: string): Promise<Revision> {
  const parsed = parseRevisionRef(ref);
  const revision =
    parsed.kind === "number"
      ? await db.revision.findUnique({ where: { documentId_number: { documentId, number: parsed.number } } })
      : parsed.kind === "id"
        ? await db.revision.findFirst({ where: { id: parsed.id, documentId } })
        : null;
  if (!revision) throw new RevisionNotFoundError(ref);
  return revision;
}
