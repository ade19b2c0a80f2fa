// What a revision or a checkpoint keeps of a draft: its whole Yjs state (what a restore brings
// back, numbering base included) and its text view (what comparisons, paragraph histories and
// exports of a past revision read, exactly as it was shown then), with the counts by status
// that the history page lists.
import * as Y from "yjs";
import type { ParagraphView, TextView } from "../../lib/draft/paragraph-views";
import { textViewOfDoc } from "../../lib/draft/text-view-of-doc";

export interface StatusCounts {
  open: number;
  bracketed: number;
  agreed_ad_ref: number;
  agreed: number;
}

export interface Snapshot {
  state: Uint8Array;
  text: TextView;
  counts: StatusCounts;
}

export function countByStatus(paragraphs: readonly ParagraphView[]): StatusCounts {
  const counts: StatusCounts = { open: 0, bracketed: 0, agreed_ad_ref: 0, agreed: 0 };
  for (const paragraph of paragraphs) {
    if (paragraph.kind === "heading") continue;
    if (paragraph.status in counts) counts[paragraph.status as keyof StatusCounts] += 1;
  }
  return counts;
}

export function snapshotOf(doc: Y.Doc): Snapshot {
  const text = textViewOfDoc(doc);
  return { state: Y.encodeStateAsUpdate(doc), text, counts: countByStatus(text.paragraphs) };
}
