// Paragraph numbers are derived, never typed, and they stay put while the text moves: a
// paragraph in the numbering base keeps its base number wherever it goes and whatever is
// deleted before it; a paragraph inserted since takes the number of the closest base paragraph
// above it in its series plus the next free Latin suffix ("OP5 bis", "OP5 ter"). Only renumber()
// (renumber.ts) hands out fresh sequential numbers, for a clean text.
import type { BaseNumber, NumberingBase } from "./base";
import { paragraphLabel, subParagraphLabel } from "./labels";
import type { Paragraph } from "./paragraph";
import { placeParagraphs, type Placement } from "./structure";

export interface ParagraphNumber {
  id: string;
  /** "PP3", "OP5 bis", "(c)", "(ii ter)"; null for headings. */
  label: string | null;
  /** The full reference used in the room and in tables: "OP5 bis (c) (ii)". Null for headings. */
  ref: string | null;
  /** Deleted itself or with its parent; the number is kept all the same. */
  deleted: boolean;
  /** What the margin shows: "OP7 [deleted]", "(a)". Null for headings. */
  display: string | null;
  /** The number as data, to freeze into the next base; null for headings and orphans. */
  number: BaseNumber | null;
}

interface Slot {
  n: number;
  suffix: number;
}

const slotKey = (slot: Slot) => `${slot.n}/${slot.suffix}`;

/** Does this base entry still describe the paragraph: same kind, or same parent for a sub-paragraph? */
function stillFits(entry: BaseNumber, paragraph: Paragraph, place: Placement): boolean {
  if ("kind" in entry) return paragraph.level === 0 && entry.kind === paragraph.kind;
  return paragraph.level > 0 && entry.parent === place.parent;
}

/**
 * First pass: the paragraphs that keep their base number, and per series the numbers so taken.
 * Taken numbers are collected over the whole text first so that an insertion never reuses a
 * number held by a base paragraph further down (a moved "OP5 bis", say).
 */
function keptNumbers(paragraphs: readonly Paragraph[], places: readonly Placement[], base: NumberingBase) {
  const taken = new Map<string, Set<string>>();
  const kept = paragraphs.map((paragraph, index): Slot | null => {
    const place = places[index]!;
    const entry = base[paragraph.id];
    if (!place.series || !entry || !stillFits(entry, paragraph, place)) return null;
    const slot = { n: entry.n, suffix: entry.suffix ?? 0 };
    const numbers = taken.get(place.series) ?? new Set<string>();
    taken.set(place.series, numbers);
    // Two ids claiming one number (a corrupt or hand-edited base): the later one counts as inserted.
    if (numbers.has(slotKey(slot))) return null;
    numbers.add(slotKey(slot));
    return slot;
  });
  return { kept, taken };
}

/**
 * Numbers every paragraph of the text, in document order, against the numbering base.
 *
 * - In a base: keeps its base number, even when moved (numbers follow the paragraph).
 * - Inserted after base paragraph OP5: "OP5 bis", then "OP5 ter" … the next suffix not yet
 *   taken, in document order.
 * - Inserted before the first base paragraph of its series: number 0, so "OP0", "OP0 bis" …
 *   (or "(0)" for sub-paragraphs). A real number would collide with OP1 and "new OP1" says
 *   nothing about order once there are two; 0 keeps the single rule "anchor + suffix", sorts
 *   before OP1, is the "PP0" already seen in UN compilation texts, and renumbering clears it.
 * - A series with no base paragraph at all (an empty base: a draft never renumbered; or the
 *   sub-paragraphs of a newly inserted paragraph) is numbered 1, 2, 3 … in order.
 *
 * Deleted paragraphs keep their number (and their place in a sequential count), so deleting
 * never shifts another paragraph's number.
 */
export function numberParagraphs(paragraphs: readonly Paragraph[], base: NumberingBase = {}): ParagraphNumber[] {
  const places = placeParagraphs(paragraphs);
  const { kept, taken } = keptNumbers(paragraphs, places, base);
  const anchors = new Map<string, number>();
  const counters = new Map<string, number>();
  const refs = new Map<string, string>();

  return paragraphs.map((paragraph, index): ParagraphNumber => {
    const place = places[index]!;
    const series = place.series;
    if (series === null) {
      return { id: paragraph.id, label: null, ref: null, deleted: place.deleted, display: null, number: null };
    }

    let slot = kept[index] ?? null;
    const numbersTaken = taken.get(series);
    if (slot) {
      anchors.set(series, slot.n);
    } else if (!numbersTaken) {
      slot = { n: (counters.get(series) ?? 0) + 1, suffix: 0 };
      counters.set(series, slot.n);
    } else {
      const n = anchors.get(series) ?? 0;
      // Under a real paragraph the first free suffix is bis; number 0 is nobody's, so it starts bare.
      let suffix = n === 0 ? 0 : 1;
      while (numbersTaken.has(slotKey({ n, suffix }))) suffix += 1;
      slot = { n, suffix };
      numbersTaken.add(slotKey(slot));
    }

    const label =
      paragraph.level === 0 && paragraph.kind !== "heading"
        ? paragraphLabel(paragraph.kind, slot.n, slot.suffix)
        : subParagraphLabel(paragraph.level === 2 ? 2 : 1, slot.n, slot.suffix);
    const parentRef = place.parent === null ? undefined : refs.get(place.parent);
    const ref = parentRef ? `${parentRef} ${label}` : label;
    refs.set(paragraph.id, ref);

    let number: BaseNumber | null = null;
    if (paragraph.level === 0 && paragraph.kind !== "heading") number = { kind: paragraph.kind, ...slot };
    else if (place.parent !== null) number = { parent: place.parent, ...slot };

    const display = place.deleted ? `${label} [deleted]` : label;
    return { id: paragraph.id, label, ref, deleted: place.deleted, display, number };
  });
}
