// Builders shared by this folder's tests: paragraphs as the text view gives them.
import { expect } from "vitest";
import type { ParagraphView, TextView } from "../draft/paragraph-views";
import type { TextComparison } from "./compare";
import { afterSide, beforeSide, sideText } from "./word-diff";

type Options = Partial<Omit<ParagraphView, "id" | "text">>;

/** An open operative paragraph numbered after its id ("op5" → "OP5") unless told otherwise. */
export function paragraph(id: string, text: string, options: Options = {}): ParagraphView {
  return {
    id,
    number: id.toUpperCase(),
    kind: "operative",
    level: 0,
    status: "open",
    text,
    brackets: [],
    alternatives: [],
    lock: null,
    ...options,
  };
}

export function text(paragraphs: ParagraphView[], deleted: TextView["deleted"] = []): TextView {
  return { paragraphs, deleted };
}

/** The rows as "id:change" (+ " moved"), the way a reader scans the comparison. */
export const rows = (comparison: TextComparison) =>
  comparison.paragraphs.map((row) => `${row.id}:${row.change}${row.moved ? " moved" : ""}`);

/** Every row spells both of its paragraphs exactly: the inline and side-by-side views rely on it. */
export function expectFaithful(comparison: TextComparison) {
  for (const row of comparison.paragraphs) {
    expect(sideText(beforeSide(row.words))).toBe(row.before?.text ?? "");
    expect(sideText(afterSide(row.words))).toBe(row.after?.text ?? "");
  }
}
