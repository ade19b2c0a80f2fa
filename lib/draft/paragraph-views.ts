// A negotiating text as data, read out of its editor document and its numbering base: every
// paragraph with the number everyone in the room uses, its status, and what still stands between
// it and agreement. One derivation for the API (GET /api/documents/{id}), the revisions (a
// snapshot stores exactly this), the comparison of two texts and the exports, so that they never
// disagree about a number or a status.
import type { JSONContent } from "@tiptap/core";
import { paragraphLabel, type NumberingBase, type ParagraphKind, type ParagraphLevel } from "../negotiation";
import { paragraphsOfJSON, type NumberedParagraph } from "./read-paragraphs";
import type { DisplayStatus } from "./status";

export interface ParagraphView {
  id: string;
  /** "OP5 bis", "OP5 bis (a)"; null for headings. */
  number: string | null;
  kind: ParagraphKind;
  level: ParagraphLevel;
  status: DisplayStatus;
  text: string;
  /** Typed brackets, with the Member States that hold each (empty when nobody is recorded). */
  brackets: { text: string; states: string[] }[];
  alternatives: { label: string; states: string[] }[];
  /**
   * The paragraph proposed for deletion (the `holds` attribute's, as the editor shows it at the
   * paragraph's head: "RU: delete · KZ: retain"); null when nobody proposes it. Absent from the
   * text views of revisions stored before it was kept.
   */
  deletion?: { proposedBy: string[]; retainedBy: string[] } | null;
  /** Agreed text is locked for everyone but the chair; ad ref says whose confirmation it awaits. */
  lock: null | { status: "agreed" | "agreed_ad_ref"; adRef: { states: string[]; deadline: string } | null };
}

/** The paragraphs of a text in order, and the base paragraphs no longer in it. */
export interface TextView {
  paragraphs: ParagraphView[];
  /** Paragraphs of the numbering base no longer in the text: "OP7 [deleted]" until renumbered. */
  deleted: { id: string; number: string }[];
}

/** The text view of read paragraphs (read-paragraphs.ts) numbered against `base`. */
export function textViewOf(paragraphs: readonly NumberedParagraph[], base: NumberingBase): TextView {
  const views = paragraphs.map((paragraph): ParagraphView => ({
    id: paragraph.id,
    number: paragraph.number.ref,
    kind: paragraph.kind,
    level: paragraph.level,
    status: paragraph.display,
    text: paragraph.text,
    brackets: paragraph.outstanding.brackets,
    alternatives: paragraph.outstanding.alternatives,
    // A "retain" answering no proposal is not shown, as in the editor (countedHolds).
    deletion: paragraph.holds.deletion,
    lock: paragraph.lock,
  }));
  const present = new Set(paragraphs.map((paragraph) => paragraph.id));
  const deleted = Object.entries(base).flatMap(([id, entry]) =>
    !present.has(id) && "kind" in entry ? [{ id, number: paragraphLabel(entry.kind, entry.n, entry.suffix ?? 0) }] : [],
  );
  return { paragraphs: views, deleted };
}

/** `doc`: the editor document as ProseMirror JSON; `base`: the numbering base stored beside it. */
export function textView(doc: JSONContent, base: NumberingBase): TextView {
  return textViewOf(paragraphsOfJSON(doc, base), base);
}
