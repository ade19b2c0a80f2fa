// The revisions API: what each request must hold (parsed at the route's edge) and what it answers.
// A revision reference `{ref}` is "Rev.2" (or "2"), a revision's or checkpoint's id, or "live".
//
//   GET  /api/documents/{id}/revisions                    → RevisionSummary[]
//   POST /api/documents/{id}/revisions                    IssueRevisionBody (or empty) → 201 RevisionSummary
//   GET  /api/documents/{id}/revisions/{ref}              → TextAt
//   POST /api/documents/{id}/revisions/{ref}/restore      → RestoreResult
//   GET  /api/documents/{id}/compare?from=&to=            → RevisionComparison
//   GET  /api/documents/{id}/paragraphs/{pid}/history     ?checkpoints=1 → ParagraphHistoryEntry[]
import { z } from "zod";
import type { ParagraphView, TextView } from "../draft/paragraph-views";
import type { TextComparison, WordDiff } from "../revisions";
import { pathSegment } from "./parse";

/**
 * As a revision stores them and the API returns them: numbered paragraphs by displayed status
 * ("OP5 (a)" counted within OP5), how many numbered paragraphs (deleted ones included), and how
 * many sub-paragraphs within them.
 */
export interface StatusCounts {
  open: number;
  bracketed: number;
  agreed_ad_ref: number;
  agreed: number;
  deleted: number;
  total: number;
  subParagraphs: number;
}

/** A revision or checkpoint as the history lists it: who, when, what, and the counts by status. */
export interface RevisionSummary {
  id: string;
  kind: "revision" | "checkpoint";
  /** N of Rev.N; null for checkpoints. */
  number: number | null;
  /** "Rev.2", or "Checkpoint" */
  name: string;
  label: string | null;
  meeting: string | null;
  symbol: string;
  createdAt: string;
  /** Null for checkpoints, which the server takes by itself. */
  createdBy: { name: string; role: string; memberState: string | null } | null;
  counts: StatusCounts;
}

const REVISION_INPUT = "A revision is { label?, meeting? }, each at most 200 characters.";
const revisionText = z.string(REVISION_INPUT).trim().max(200, REVISION_INPUT).optional();

export const issueRevisionBody = z.object({ label: revisionText, meeting: revisionText }, REVISION_INPUT);
export type IssueRevisionRequest = z.input<typeof issueRevisionBody>;
export type IssueRevisionBody = z.output<typeof issueRevisionBody>;

export interface RestoreResult {
  restored: RevisionSummary;
  /** False when the live text already was that revision's text. */
  changed: boolean;
}

/** A draft's text at a point of its history, with the draft's metadata as it stood then. */
export interface TextAt {
  document: { id: string; title: string; symbol: string; kind: string; stage: string; language: string };
  /** Null for the live text. */
  revision: RevisionSummary | null;
  /** When this text stood: the revision's time, or now for the live text. */
  at: string;
  text: TextView;
}

export const revisionParams = z.object({ id: z.string(), ref: pathSegment });

export const COMPARE_WHAT = 'Say what to compare: ?from=Rev.1&to=live (to defaults to "live").';
export const compareQuery = z.object({
  from: z.string(COMPARE_WHAT).min(1, COMPARE_WHAT),
  to: z.string().optional(),
});

export interface RevisionComparison {
  from: Omit<TextAt, "text">;
  to: Omit<TextAt, "text">;
  comparison: TextComparison;
}

export const PARAGRAPH_ID = /^[A-Za-z0-9_-]{1,64}$/;
export const NOT_A_PARAGRAPH_ID = "That is not a paragraph id.";

export const paragraphParams = z.object({ id: z.string(), pid: z.string().regex(PARAGRAPH_ID, NOT_A_PARAGRAPH_ID) });
export const paragraphHistoryQuery = z.object({
  checkpoints: z
    .string()
    .optional()
    .transform((value) => value === "1"),
});

export interface ParagraphHistoryEntry {
  /** "Rev.2", "Checkpoint", or "Live text". */
  name: string;
  revisionId: string | null;
  at: string;
  /** Null where the paragraph did not exist (not yet written, or deleted). */
  paragraph: Pick<ParagraphView, "number" | "status" | "text" | "brackets" | "alternatives" | "lock"> | null;
  /** Its words since the entry before, each change marked with who made it; absent when they did not change. */
  changes?: WordDiff[];
}
