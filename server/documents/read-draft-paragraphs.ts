// A draft as data for scripts and other systems (GET /api/documents/{id}): its metadata and its
// paragraphs in order, each with the number everyone in the room uses, its status, and what
// still stands between it and agreement. Read from the live text as stored in Postgres (the
// same state every editor converges to) and derived with lib/negotiation, so the API, the
// editor and the exports never disagree about a number or a status.
import type { JSONContent } from "@tiptap/core";
import { yXmlFragmentToProseMirrorRootNode } from "@tiptap/y-tiptap";
import { readNumberingBase } from "../../lib/collab/numbering-base";
import { documentParagraphs } from "../../lib/editor/document-paragraphs";
import { adRefOfAttributes } from "../../lib/editor/paragraph-status";
import { DRAFT_FIELD, draftSchema } from "../../lib/editor/extensions";
import {
  displayStatus,
  isLocked,
  numberParagraphs,
  outstanding,
  paragraphLabel,
  type DisplayStatus,
  type ParagraphKind,
  type ParagraphLevel,
} from "../../lib/negotiation";
import { parseHolds } from "../../lib/negotiation/holds";
import type { SessionUser } from "../auth/session-user";
import { loadDocument } from "../collab/load-document";
import type { Database } from "../db/client";
import { getDocument, type DocumentWithText } from "./get-document";

export interface DraftParagraphView {
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
  /** Agreed text is locked for everyone but the chair; ad ref says whose confirmation it awaits. */
  lock: null | { status: "agreed" | "agreed_ad_ref"; adRef: { states: string[]; deadline: string } | null };
}

export interface DraftView extends Omit<DocumentWithText, "content"> {
  paragraphs: DraftParagraphView[];
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

export async function readDraft(db: Database, user: SessionUser, documentId: string): Promise<DraftView> {
  const document = await getDocument(db, user, documentId);
  const metadata: Omit<DocumentWithText, "content"> = {
    id: document.id,
    title: document.title,
    symbol: document.symbol,
    kind: document.kind,
    stage: document.stage,
    language: document.language,
    updatedAt: document.updatedAt,
  };
  const { doc } = await loadDocument(db, metadata.id);
  try {
    const json = yXmlFragmentToProseMirrorRootNode(doc.getXmlFragment(DRAFT_FIELD), draftSchema()).toJSON();
    const base = readNumberingBase(doc);
    const paragraphs = documentParagraphs(json);
    const nodes = paragraphNodes(json);
    const numbers = numberParagraphs(paragraphs, base);

    const views = paragraphs.map((paragraph, index): DraftParagraphView => {
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
      !present.has(id) && "kind" in entry
        ? [{ id, number: paragraphLabel(entry.kind, entry.n, entry.suffix ?? 0) }]
        : [],
    );
    return { ...metadata, paragraphs: views, deleted };
  } finally {
    doc.destroy();
  }
}
