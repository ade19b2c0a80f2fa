// Builders shared by this folder's tests: paragraphs as the text view gives them.
import type { ParagraphView, TextView } from "../draft/paragraph-views";

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
