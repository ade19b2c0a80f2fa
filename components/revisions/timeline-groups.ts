// The history reads newest first, issued revisions standing out; the checkpoints the server takes
// by itself are gathered between the revisions they fall between ("4 checkpoints since Rev.2"),
// so that they stay within reach without crowding the revisions.
import type { RevisionSummary } from "@/lib/api/revisions";

export type TimelineGroup =
  | { kind: "revision"; revision: RevisionSummary }
  /** `since`: the issued revision they follow ("Rev.2"), or null before the first. */
  | { kind: "checkpoints"; checkpoints: RevisionSummary[]; since: string | null };

/** `timeline`: newest first, as GET /api/documents/{id}/revisions lists it. */
export function groupTimeline(timeline: readonly RevisionSummary[]): TimelineGroup[] {
  const groups: TimelineGroup[] = [];
  let pending: RevisionSummary[] = [];
  const flush = (since: string | null) => {
    if (pending.length > 0) groups.push({ kind: "checkpoints", checkpoints: pending, since });
    pending = [];
  };
  for (const entry of timeline) {
    if (entry.kind === "checkpoint") {
      pending.push(entry);
      continue;
    }
    flush(entry.name);
    groups.push({ kind: "revision", revision: entry });
  }
  flush(null);
  return groups;
}

/** What the API and the compare page call an entry: "Rev.2" for revisions, the id otherwise. */
export function revisionRef(entry: RevisionSummary): string {
  return entry.kind === "revision" ? entry.name : entry.id;
}
