// A paragraph's status as the editor stores it and as people read it. The chair's declaration is
// the `status` attribute; ad ref adds `adRefStates` ("RU,CN") and `adRefDeadline` ("2026-12-12")
// (lib/editor/extensions.ts). Shared by the browser (status marks, the chair's menu) and the
// collaboration server (status guard, status history), so both read the attributes alike.
import { adRefOf, type AdRef } from "../draft/ad-ref";
import type { DisplayStatus } from "../draft/status";

// The stored status is read by the draft model (lib/draft/status.ts); re-exported for the
// collaboration server's guards.
export { storedStatus } from "../draft/status";

/**
 * The ad ref details of a paragraph's live attributes (`adRefStates`, `adRefDeadline`, not an
 * older client's `adRef`), or null when it names nobody and no date. The parser is the draft
 * model's (lib/draft/ad-ref.ts).
 */
export function adRefOfAttributes(attrs: {
  adRefStates?: unknown;
  adRefDeadline?: unknown;
}): { states: string[]; deadline: string } | null {
  return adRefOf({ adRefStates: attrs.adRefStates, adRefDeadline: attrs.adRefDeadline });
}

/** ["RU", "CN"] → "RU,CN", the attribute value. */
export function adRefStatesAttribute(states: readonly string[]): string | null {
  return states.length > 0 ? states.join(",") : null;
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "2026-12-12" → "12 Dec 2026" (UN style: day, month, year); anything else as given. */
export function formatDeadline(value: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const month = match ? MONTHS[Number(match[2]) - 1] : undefined;
  return match && month ? `${Number(match[3])} ${month} ${match[1]}` : value;
}

/** Today as YYYY-MM-DD in the given clock's UTC day. */
export function isoDay(now: Date): string {
  return now.toISOString().slice(0, 10);
}

/**
 * Whether an ad ref deadline is already behind us. A day of grace: the chair picks a date in
 * their own time zone, the server counts in UTC.
 */
export function deadlinePassed(deadline: string, now: Date = new Date()): boolean {
  return deadline < isoDay(new Date(now.getTime() - 24 * 60 * 60 * 1000));
}

export const DEADLINE_PASSED = "The deadline for confirmation has passed; choose a later date.";

export interface StatusMark {
  status: DisplayStatus;
  /** A sign besides the colour, for black-and-white printing and colour-blind readers. */
  sign: string;
  /** "Agreed", "Ad ref — RU, CN by 12 Dec 2026", "Bracketed". */
  words: string;
}

const SIGNS: Record<DisplayStatus, string> = {
  agreed: "✓",
  agreed_ad_ref: "◐",
  bracketed: "[ ]",
  open: "○",
  deleted: "—",
};

/** What a paragraph's mark says. */
export function statusMark(status: DisplayStatus, adRef: AdRef | null): StatusMark {
  let words: string;
  if (status === "agreed") words = "Agreed";
  else if (status === "agreed_ad_ref") {
    const states = adRef?.states.length ? ` — ${adRef.states.join(", ")}` : "";
    const by = adRef?.deadline ? ` by ${formatDeadline(adRef.deadline)}` : "";
    words = `Ad ref${states}${by}`;
  } else if (status === "bracketed") words = "Bracketed";
  else if (status === "deleted") words = "Deleted";
  else words = "Open";
  return { status, sign: SIGNS[status], words };
}
