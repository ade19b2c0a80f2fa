// Paragraph status: what the chair has declared, and what the text shows on its own. Only the
// chair, on the room's consensus, declares a paragraph agreed or agreed ad ref, or reopens it;
// and removing brackets *is* agreement, so a paragraph that still holds any cannot be agreed.
import { isMemberStateCode } from "../forum/member-states";
import { describeOutstanding, isClean, outstanding, type Holds, type Outstanding } from "./outstanding";
import type { Paragraph, ParagraphStatus } from "./paragraph";
import type { Role } from "../auth/session-user";
import { can } from "../policy/can";
import type { AdRef } from "../draft/ad-ref";
import type { DisplayStatus } from "../draft/status";

export type { Role, AdRef };
// The status vocabulary and "locked" are the draft model's (lib/draft/status.ts).
export { isLocked, type DisplayStatus } from "../draft/status";

/** What status rules read of a paragraph. Pass the numbering's `deleted` for a sub-paragraph
 * whose parent was deleted. */
export type StatusSubject = Pick<Paragraph, "status" | "deleted" | "text">;

/**
 * Deleted wins over everything: the paragraph is gone from the next clean text whatever its
 * status. Otherwise the chair's declaration stands; "bracketed" is derived, never stored, and
 * only for an open paragraph: an agreed one cannot hold brackets, since agreeing is refused
 * while any remain and agreed text is locked.
 */
export function displayStatus(paragraph: StatusSubject, holds: Holds = {}): DisplayStatus {
  return displayStatusWith(paragraph, () => outstanding(paragraph.text, holds));
}

/** `displayStatus` when what remains is known already (`remaining`, read only for an open paragraph). */
export function displayStatusWith(
  paragraph: Pick<Paragraph, "status" | "deleted">,
  remaining: () => Outstanding,
): DisplayStatus {
  if (paragraph.deleted) return "deleted";
  if (paragraph.status !== "open") return paragraph.status;
  return isClean(remaining()) ? "open" : "bracketed";
}

export interface StatusChange {
  /** The status the chair saw when deciding; checked against the paragraph's. */
  from: ParagraphStatus;
  to: ParagraphStatus;
  role: Role;
  paragraph: StatusSubject;
  /** "OP5", for the reason; "This paragraph" when absent. */
  label?: string;
  holds?: Holds;
  adRef?: AdRef | null;
}

export type StatusVerdict = { ok: true } | { ok: false; reason: string };

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function isCalendarDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === value;
}

/**
 * Ad ref waits for named capitals by a date; without either nobody knows when it becomes
 * agreed. Whether the deadline is still ahead needs a clock, which a pure model has not: the
 * caller checks that.
 */
function checkAdRef(adRef: AdRef | null | undefined): StatusVerdict {
  if (!adRef || adRef.states.length === 0) {
    return { ok: false, reason: "Agreed ad ref needs at least one state whose capital is to confirm." };
  }
  const stranger = adRef.states.find((state) => !isMemberStateCode(state));
  if (stranger !== undefined) return { ok: false, reason: `${stranger} is not a Member State.` };
  if (!isCalendarDate(adRef.deadline)) {
    return { ok: false, reason: "Agreed ad ref needs a deadline for confirmation (a date, YYYY-MM-DD)." };
  }
  return { ok: true };
}

/**
 * May this role move this paragraph from `from` to `to`? Checked in the order a chair would
 * want to hear it: who may, whether the paragraph is still as they saw it, whether it is
 * deleted, what brackets remain, and for ad ref who confirms by when.
 */
export function checkStatusChange(change: StatusChange): StatusVerdict {
  const { from, to, role, paragraph, holds, adRef } = change;
  const label = change.label ?? "This paragraph";
  if (!can({ role }, "set-status")) return { ok: false, reason: "Only the chair sets paragraph status." };
  // Someone else changed it meanwhile (two chairs' screens, a stale tab): decide again on what is there.
  if (paragraph.status !== from) {
    return { ok: false, reason: `${label} is ${describe(paragraph.status)} now, no longer ${describe(from)}.` };
  }
  // Its status would be invisible behind "[deleted]"; restoring it is the honest first step.
  if (paragraph.deleted) return { ok: false, reason: `${label} is deleted; restore it before setting its status.` };
  if (to === "open") return { ok: true };

  const remaining = outstanding(paragraph.text, holds);
  if (!isClean(remaining)) return { ok: false, reason: `${label} still holds ${describeOutstanding(remaining)}.` };
  return to === "agreed_ad_ref" ? checkAdRef(adRef) : { ok: true };
}

function describe(status: ParagraphStatus): string {
  return status === "agreed_ad_ref" ? "agreed ad ref" : status;
}
