// The chair's view of a draft at a glance: how many paragraphs are agreed, agreed ad ref,
// bracketed or open (in all and section by section), which states hold how many brackets and
// where, and which ad ref confirmations are still awaited by when. Pure: the browser computes it
// from the live text at every change, so the dashboard moves as the room negotiates.
//
// The unit is the numbered paragraph the room speaks of ("OP5"): a sub-paragraph's brackets
// keep its parent bracketed, and its status follows its parent's. A sub-paragraph with no parent
// (right after a heading) counts on its own. `countParagraphs` is that rule alone, for every count
// of paragraphs Concord shows (the dashboards, the history of revisions), so they never disagree.
import { numberParagraphs } from "./numbering";
import type { NumberingBase } from "./base";
import { outstanding, type Holds, type Outstanding } from "./outstanding";
import type { Paragraph } from "./paragraph";
import { displayStatusWith, type AdRef, type DisplayStatus } from "./status";

/** What the dashboard reads of a paragraph; lib/draft's paragraph records are these as they are. */
export interface SummaryParagraph extends Paragraph {
  holds?: Holds;
  /** What still stands, when the reader has worked it out already (else read off text and holds). */
  outstanding?: Outstanding;
  /** Who is to confirm an ad ref agreement, by when; read only for agreed_ad_ref paragraphs. */
  adRef?: AdRef | null;
}

export type StatusCounts = Record<DisplayStatus, number>;

export interface SectionSummary {
  /** The heading's text; null for the paragraphs before the first heading. */
  heading: string | null;
  headingId: string | null;
  counts: StatusCounts;
  total: number;
}

export interface StateHolds {
  state: string;
  brackets: number;
  alternatives: number;
  deletions: number;
  /** Where: the paragraphs (by reference) in which the state holds anything, in text order. */
  paragraphs: { id: string; ref: string; count: number }[];
}

export interface PendingAdRef {
  id: string;
  ref: string;
  states: string[];
  deadline: string | null;
  /** The deadline is before `today`. */
  overdue: boolean;
}

/** What every count of paragraphs shows: numbered paragraphs by status, and how many sub-paragraphs. */
export interface ParagraphCounts {
  /** Numbered paragraphs ("OP5", never "OP5 (a)") by displayed status. */
  counts: StatusCounts;
  /** Numbered paragraphs, deleted ones included. */
  total: number;
  /** The sub-paragraphs ("OP5 (a)") within them: `total + subParagraphs` counts both. */
  subParagraphs: number;
}

export interface DraftSummary extends ParagraphCounts {
  /** Agreed and agreed ad ref, of the paragraphs not deleted: 0 … 1. */
  progress: number;
  sections: SectionSummary[];
  /** Most holds first. */
  states: StateHolds[];
  /** Earliest deadline first; those without one last; text order otherwise. */
  adRef: PendingAdRef[];
  /** Every numbered paragraph with its displayed status, for lists and links. */
  paragraphs: { id: string; ref: string; status: DisplayStatus; outstanding: number }[];
}

const emptyCounts = (): StatusCounts => ({ agreed: 0, agreed_ad_ref: 0, bracketed: 0, open: 0, deleted: 0 });

/** A numbered paragraph's status with one of its sub-paragraphs: it stays bracketed while that holds anything. */
function withSubParagraph(unit: DisplayStatus, sub: DisplayStatus): DisplayStatus {
  return unit === "open" && sub === "bracketed" ? "bracketed" : unit;
}

/**
 * Counts a text's paragraphs (each with its own displayed status, in text order, headings
 * included) by numbered paragraph: a sub-paragraph is counted within its parent, whose status it
 * can only make bracketed; one with no parent (right after a heading) counts on its own.
 */
export function countParagraphs(
  paragraphs: readonly { kind: string; level: number; status: DisplayStatus }[],
): ParagraphCounts {
  const result: ParagraphCounts = { counts: emptyCounts(), total: 0, subParagraphs: 0 };
  let unit: DisplayStatus | null = null;
  const close = () => {
    if (unit === null) return;
    result.counts[unit] += 1;
    result.total += 1;
    unit = null;
  };
  for (const paragraph of paragraphs) {
    if (paragraph.kind === "heading") {
      close();
    } else if (paragraph.level > 0 && unit !== null) {
      unit = withSubParagraph(unit, paragraph.status);
      result.subParagraphs += 1;
    } else {
      close();
      unit = paragraph.status;
    }
  }
  close();
  return result;
}

/** `today` as YYYY-MM-DD (the caller's clock): a deadline before it is overdue. */
export function summarizeDraft(
  paragraphs: readonly SummaryParagraph[],
  options: { base?: NumberingBase; today?: string } = {},
): DraftSummary {
  const numbers = numberParagraphs(paragraphs, options.base ?? {});
  const summary: DraftSummary = {
    counts: emptyCounts(),
    total: 0,
    subParagraphs: 0,
    progress: 0,
    sections: [],
    states: [],
    adRef: [],
    paragraphs: [],
  };
  const byState = new Map<string, StateHolds>();
  let section: SectionSummary = { heading: null, headingId: null, counts: emptyCounts(), total: 0 };
  // The unit being counted: a numbered paragraph, with what its sub-paragraphs still hold.
  let unit: { entry: DraftSummary["paragraphs"][number]; status: DisplayStatus; section: SectionSummary } | null = null;

  // Each paragraph's own status, for the totals (countParagraphs).
  const statuses: { kind: string; level: number; status: DisplayStatus }[] = [];

  const closeUnit = () => {
    if (!unit) return;
    unit.section.counts[unit.status] += 1;
    unit.section.total += 1;
    unit.entry.status = unit.status;
    unit = null;
  };

  const hold = (state: string, kind: "brackets" | "alternatives" | "deletions", id: string, ref: string) => {
    const entry = byState.get(state) ?? { state, brackets: 0, alternatives: 0, deletions: 0, paragraphs: [] };
    byState.set(state, entry);
    entry[kind] += 1;
    const where = entry.paragraphs.find((paragraph) => paragraph.id === id);
    if (where) where.count += 1;
    else entry.paragraphs.push({ id, ref, count: 1 });
  };

  paragraphs.forEach((paragraph, index) => {
    const number = numbers[index]!;
    if (paragraph.kind === "heading") {
      statuses.push({ kind: paragraph.kind, level: paragraph.level, status: "open" });
      closeUnit();
      if (section.total > 0 || section.heading !== null) summary.sections.push(section);
      section = {
        heading: paragraph.text.trim() || "(untitled heading)",
        headingId: paragraph.id,
        counts: emptyCounts(),
        total: 0,
      };
      return;
    }
    const ref = number.ref ?? number.display ?? paragraph.id;
    const holds = paragraph.holds ?? {};
    const remaining = paragraph.outstanding ?? outstanding(paragraph.text, holds);
    for (const bracket of remaining.brackets)
      for (const state of bracket.states) hold(state, "brackets", paragraph.id, ref);
    for (const alternative of remaining.alternatives)
      for (const state of alternative.states) hold(state, "alternatives", paragraph.id, ref);
    for (const deletion of remaining.deletions)
      for (const state of deletion.proposedBy) hold(state, "deletions", paragraph.id, ref);
    const count =
      remaining.brackets.length +
      remaining.alternatives.length +
      remaining.deletions.length +
      remaining.unbalanced.length;

    const status = displayStatusWith({ ...paragraph, deleted: paragraph.deleted || number.deleted }, () => remaining);
    statuses.push({ kind: paragraph.kind, level: paragraph.level, status });
    if (paragraph.level > 0 && unit) {
      // A sub-paragraph: its parent stays bracketed while it holds anything.
      unit.status = withSubParagraph(unit.status, status);
      unit.entry.outstanding += count;
      return;
    }
    closeUnit();
    const entry = { id: paragraph.id, ref, status, outstanding: count };
    summary.paragraphs.push(entry);
    unit = { entry, status, section };
    if (paragraph.status === "agreed_ad_ref" && !(paragraph.deleted || number.deleted)) {
      const deadline = paragraph.adRef?.deadline || null;
      summary.adRef.push({
        id: paragraph.id,
        ref,
        states: [...(paragraph.adRef?.states ?? [])],
        deadline,
        overdue: Boolean(deadline && options.today && deadline < options.today),
      });
    }
  });
  closeUnit();
  if (section.total > 0 || section.heading !== null) summary.sections.push(section);
  Object.assign(summary, countParagraphs(statuses));

  const live = summary.total - summary.counts.deleted;
  summary.progress = live > 0 ? (summary.counts.agreed + summary.counts.agreed_ad_ref) / live : 0;
  const weight = (entry: StateHolds) => entry.brackets + entry.alternatives + entry.deletions;
  summary.states = [...byState.values()].sort((a, b) => weight(b) - weight(a) || a.state.localeCompare(b.state));
  // Stable: without a deadline (or on the same day), text order.
  summary.adRef.sort((a, b) => (a.deadline ?? "9999").localeCompare(b.deadline ?? "9999"));
  return summary;
}

/** Several drafts added up, for the forum-wide view. */
export function addCounts(summaries: readonly ParagraphCounts[]): ParagraphCounts {
  const counts = emptyCounts();
  let total = 0;
  let subParagraphs = 0;
  for (const summary of summaries) {
    total += summary.total;
    subParagraphs += summary.subParagraphs;
    for (const key of Object.keys(counts) as DisplayStatus[]) counts[key] += summary.counts[key];
  }
  return { counts, total, subParagraphs };
}
