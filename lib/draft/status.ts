// The one vocabulary of paragraph status. What the chair stores (`status` attribute, the demo
// drafts' `status`), what people are shown (bracketed and deleted are derived, never stored), and
// what is locked. Every other module — the zod schemas, the editor schema, the status rules of
// lib/negotiation, the collaboration server — imports these; none spells the values again.
import { z } from "zod";

/** What the chair sets; a paragraph without one is open. */
export const PARAGRAPH_STATUSES = ["open", "agreed", "agreed_ad_ref"] as const;
export type ParagraphStatus = (typeof PARAGRAPH_STATUSES)[number];
export const paragraphStatusSchema = z.enum(PARAGRAPH_STATUSES);

/** What a paragraph shows: the stored status, or bracketed (open, but holding something), or deleted. */
export const DISPLAY_STATUSES = ["open", "bracketed", "agreed_ad_ref", "agreed", "deleted"] as const;
export type DisplayStatus = (typeof DISPLAY_STATUSES)[number];

/** Agreed and agreed ad ref text is locked: only the chair may change it (reopen it first). */
export type LockedStatus = Extract<ParagraphStatus, "agreed" | "agreed_ad_ref">;
export const LOCKED_STATUSES: ReadonlySet<string> = new Set<LockedStatus>(["agreed", "agreed_ad_ref"]);

/** The one definition of "locked", for a stored or a displayed status (any attribute value). */
export function isLocked(status: unknown): status is LockedStatus {
  return typeof status === "string" && LOCKED_STATUSES.has(status);
}

/** A stored attribute value as a status; anything else (missing, junk) reads as open. */
export function storedStatus(value: unknown): ParagraphStatus {
  const parsed = paragraphStatusSchema.safeParse(value ?? "open");
  return parsed.success ? parsed.data : "open";
}
