// What a revision or a checkpoint keeps of a draft: its whole Yjs state (what a restore brings
// back, numbering base included) and its text view (what comparisons, paragraph histories and
// exports of a past revision read, exactly as it was shown then), with the counts of its
// paragraphs that the history page lists — counted as the dashboard counts them
// (lib/negotiation/dashboard.ts countParagraphs), so the two pages never disagree.
import * as Y from "yjs";
import type { StatusCounts } from "../../lib/api/revisions";
import type { ParagraphView, TextView } from "../../lib/draft/paragraph-views";
import { textViewOfDoc } from "../../lib/draft/text-view-of-doc";
import { countParagraphs } from "../../lib/negotiation/dashboard";

export interface Snapshot {
  state: Uint8Array;
  text: TextView;
  counts: StatusCounts;
}

export function countByStatus(paragraphs: readonly ParagraphView[]): StatusCounts {
  const { counts, total, subParagraphs } = countParagraphs(paragraphs);
  return { ...counts, total, subParagraphs };
}

/**
 * A revision's stored counts. Those stored before the counts followed the dashboard (every
 * sub-paragraph counted as a paragraph of its own, no total) are counted again from its text.
 */
export function storedCounts(stored: unknown, text: unknown): StatusCounts {
  const counts = stored as Partial<StatusCounts> | null;
  if (counts && typeof counts.total === "number") return counts as StatusCounts;
  const paragraphs = (text as Partial<TextView> | null | undefined)?.paragraphs;
  if (Array.isArray(paragraphs)) return countByStatus(paragraphs);
  // Never expected: a revision always keeps its text. Better the old figures than none.
  const { open = 0, bracketed = 0, agreed_ad_ref = 0, agreed = 0, deleted = 0 } = counts ?? {};
  return {
    open,
    bracketed,
    agreed_ad_ref,
    agreed,
    deleted,
    total: open + bracketed + agreed_ad_ref + agreed + deleted,
    subParagraphs: 0,
  };
}

export function snapshotOf(doc: Y.Doc): Snapshot {
  const text = textViewOfDoc(doc);
  return { state: Y.encodeStateAsUpdate(doc), text, counts: countByStatus(text.paragraphs) };
}
