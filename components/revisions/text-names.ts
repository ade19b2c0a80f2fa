// What a point of a draft's history is called on the revisions screens: "Rev.2", "the live
// text", "the checkpoint of 13 Sept 2026, 10:04 UTC".
import type { RevisionSummary } from "@/lib/api/revisions";
import { formatWhen } from "./When";

export function textName(revision: RevisionSummary | null, capital = true): string {
  if (!revision) return capital ? "Live text" : "the live text";
  if (revision.kind === "revision") return revision.name;
  return `${capital ? "Checkpoint" : "the checkpoint"} of ${formatWhen(revision.createdAt)}`;
}
