// A revision or checkpoint as the history lists it and the API returns it: who, when, what, and
// the counts by status — without its (large) state and text.
import type { RevisionSummary } from "../../lib/api/revisions";
import type { Revision } from "../db/generated/client";
import { storedCounts } from "./snapshot";

type Row = Omit<Revision, "state" | "text"> & {
  createdBy: { name: string; role: string; memberStateCode: string | null } | null;
  /** Needed only for a revision whose stored counts predate the total (isLegacyCounts). */
  text?: unknown;
};

/** Stored before counts had a total: the summary needs the revision's text to count it again. */
export function isLegacyCounts(counts: unknown): boolean {
  return typeof (counts as { total?: unknown } | null)?.total !== "number";
}

export function revisionSummary(row: Row): RevisionSummary {
  return {
    id: row.id,
    kind: row.kind === "REVISION" ? "revision" : "checkpoint",
    number: row.number,
    name: row.kind === "REVISION" ? `Rev.${row.number}` : "Checkpoint",
    label: row.label,
    meeting: row.meeting,
    symbol: row.symbol,
    createdAt: row.createdAt.toISOString(),
    createdBy: row.createdBy
      ? { name: row.createdBy.name, role: row.createdBy.role, memberState: row.createdBy.memberStateCode }
      : null,
    counts: storedCounts(row.counts, row.text),
  };
}

/** Select these to build a summary without loading states and texts. */
export const summaryColumns = {
  id: true,
  documentId: true,
  kind: true,
  number: true,
  label: true,
  meeting: true,
  symbol: true,
  counts: true,
  createdById: true,
  createdAt: true,
  createdBy: { select: { name: true, role: true, memberStateCode: true } },
} as const;
