// A negotiating text as data, read out of its editor document and its numbering base: every
// paragraph with the number everyone in the room uses, its status, and what still stands between
// it and agreement. One derivation for the API (GET /api/documents/{id}), the revisions (a
// snapshot stores exactly this), the comparison of two texts and the exports, so that they never
// disagree about a number or a status.
import type { JSONContent } from "@tiptap/core";
import { documentParagraphs } from "../editor/document-paragraphs";
import { adRefOfAttributes } from "../editor/paragraph-status";
import {
  displayStatus,
  isLocked,
  numberParagraphs,
  outstanding,
  paragraphLabel,
  type DisplayStatus,
  type NumberingBase,
  type ParagraphKind,
  type ParagraphLevel,
} from "../negotiation";
import { parseHolds } from "../negotiation/holds";

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

/** The paragraph nodes in the order documentParagraphs reads them, for their other attributes. */
function paragraphNodes(doc: JSONContent): JSONContent[] {
  const nodes: JSONContent[] = [];
  const visitList = (list: JSONContent) => {
    for (const item of list.content ?? [])
      for (const child of item.content ?? []) {
        if (child.type === "paragraph") nodes.push(child);
        else if (child.type === "orderedList" || child.type === "bulletList") visitList(child);
      }
  };
  for (const node of doc.content ?? []) {
    if (node.type === "heading" || node.type === "paragraph") nodes.push(node);
    else if (node.type === "orderedList" || node.type === "bulletList") visitList(node);
  }
  return nodes;
}

/** The ad ref details if a client stored them (`adRef`: { states, deadline }, object or JSON). */
function adRefOf(value: unknown): { states: string[]; deadline: string } | null {
  let raw = value;
  if (typeof value === "string") {
    try {
      raw = JSON.parse(value);
    } catch {
      return null;
    }
  }
  if (!raw || typeof raw !== "object") return null;
  const { states, deadline } = raw as { states?: unknown; deadline?: unknown };
  if (!Array.isArray(states) || typeof deadline !== "string") return null;
  return { states: states.filter((state): state is string => typeof state === "string"), deadline };
}

/** `doc`: the editor document as ProseMirror JSON; `base`: the numbering base stored beside it. */
export function textView(doc: JSONContent, base: NumberingBase): TextView {
  const paragraphs = documentParagraphs(doc);
  const nodes = paragraphNodes(doc);
  const numbers = numberParagraphs(paragraphs, base);

  const views = paragraphs.map((paragraph, index): ParagraphView => {
    const attrs = nodes[index]?.attrs ?? {};
    const number = numbers[index]!;
    const holds = parseHolds(attrs.holds);
    const remaining = outstanding(paragraph.text, holds);
    const status = displayStatus({ ...paragraph, deleted: number.deleted }, holds);
    return {
      id: paragraph.id,
      number: number.ref,
      kind: paragraph.kind,
      level: paragraph.level,
      status,
      text: paragraph.text,
      brackets: remaining.brackets,
      alternatives: remaining.alternatives,
      // A "retain" answering no proposal is not shown, as in the editor (countedHolds).
      deletion: holds.deletion && holds.deletion.proposedBy.length > 0 ? holds.deletion : null,
      lock:
        isLocked(status) && status !== "open"
          ? {
              status: status as "agreed" | "agreed_ad_ref",
              // `adRefStates` / `adRefDeadline` as the chair sets them live; `adRef` as older clients did.
              adRef: status === "agreed_ad_ref" ? (adRefOf(attrs.adRef) ?? adRefOfAttributes(attrs)) : null,
            }
          : null,
    };
  });

  const present = new Set(paragraphs.map((paragraph) => paragraph.id));
  const deleted = Object.entries(base).flatMap(([id, entry]) =>
    !present.has(id) && "kind" in entry ? [{ id, number: paragraphLabel(entry.kind, entry.n, entry.suffix ?? 0) }] : [],
  );
  return { paragraphs: views, deleted };
}
