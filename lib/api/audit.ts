// The audit log's API: who did what, when, to which draft — newest first, a page at a time.
//
//   GET /api/audit   ?actor=<user id>&document=<draft id>&action=<action>&before=<entry id>&limit=<1–200>
//                    → AuditPage
import { z } from "zod";

export const AUDIT_PAGE_SIZE = 50;

const uuid = (what: string) =>
  z
    .string()
    .regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, `${what} is an id, as the lists give it.`)
    .optional();

/** Empty filters (an untouched "all" in a form) mean no filter. */
const blankless = (value: unknown) => (value === "" ? undefined : value);

export const auditQuery = z.object({
  actor: z.preprocess(blankless, uuid("actor (the person)")),
  document: z.preprocess(blankless, uuid("document (the draft)")),
  action: z.preprocess(blankless, z.string().max(100, "action is at most 100 characters.").optional()),
  /** The cursor: entries older than this one (the `next` of the page before). */
  before: z.preprocess(
    blankless,
    z
      .string()
      .regex(/^[1-9]\d{0,17}$/, "before is the next cursor of a page, a whole number.")
      .optional(),
  ),
  limit: z.preprocess(
    blankless,
    z.coerce
      .number()
      .int("limit is a whole number from 1 to 200.")
      .min(1, "limit is a whole number from 1 to 200.")
      .max(200, "limit is a whole number from 1 to 200.")
      .optional(),
  ),
});
export type AuditQuery = z.output<typeof auditQuery>;

export interface AuditEntryView {
  /** Also the cursor: entries are numbered in the order they were written. */
  id: string;
  at: string;
  /** "document.close", "revision.issue", "auth.sign-in", … */
  action: string;
  /** Null when nobody was signed in (a failed sign-in with an unknown email) or the seed did it. */
  actor: { id: string; name: string; role: string; memberState: string | null } | null;
  /** The draft it concerns, with its tabled symbol; null for acts on no draft. */
  document: { id: string; title: string; symbol: string } | null;
  /** What the act recorded: before and after for a draft's settings, the revision number, … */
  details: Record<string, unknown> | null;
}

export interface AuditPage {
  entries: AuditEntryView[];
  /** Pass as `before` for the next (older) page; null on the last page. */
  next: string | null;
}

/** The acts of a draft's life, which its history page lists (server/audit/draft-lifecycle.ts). */
export const LIFECYCLE_ACTIONS = [
  "document.create",
  "document.import",
  "document.rename",
  "document.symbol",
  "document.stage",
  "document.meeting",
  "document.close",
  "document.reopen",
  "document.archive",
  "document.unarchive",
  "document.distribution",
] as const;
