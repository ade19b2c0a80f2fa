// When a draft last changed, derived from what is stored rather than kept twice: the later of
// - the newest change to its live text still in the log (DocumentUpdate; typing, restores),
// - the newest change already folded into the compacted state (DocumentState.lastUpdateAt),
// - the last revision issued (checkpoints change nothing: they keep the text as it already was),
// - the draft's own row (tabled, or its title, kind or stage changed).
// A restore is a change to the live text like any other, stored in the log; one that found the
// text already as the revision had it changed nothing and leaves the time alone.
import type { Database } from "../db/client";

/** The last change of each of the drafts (all of them without `ids`), by draft id. */
export async function lastChanges(db: Database, ids?: readonly string[]): Promise<Map<string, Date>> {
  // The log's newest row by id (the index is on documentId, id): ids and createdAt rise together.
  const rows = await db.$queryRaw<{ id: string; lastChangeAt: Date }[]>`
    SELECT d.id, GREATEST(d."updatedAt", s."lastUpdateAt", u."createdAt", r."createdAt") AS "lastChangeAt"
    FROM "Document" d
    LEFT JOIN "DocumentState" s ON s."documentId" = d.id
    LEFT JOIN LATERAL (
      SELECT "createdAt" FROM "DocumentUpdate" WHERE "documentId" = d.id ORDER BY id DESC LIMIT 1
    ) u ON true
    LEFT JOIN LATERAL (
      SELECT max("createdAt") AS "createdAt" FROM "Revision" WHERE "documentId" = d.id AND kind = 'REVISION'
    ) r ON true
    WHERE ${ids === undefined} OR d.id = ANY(${ids ?? []}::uuid[])`;
  return new Map(rows.map((row) => [row.id, row.lastChangeAt]));
}

export async function lastChange(db: Database, id: string): Promise<Date | null> {
  return (await lastChanges(db, [id])).get(id) ?? null;
}
