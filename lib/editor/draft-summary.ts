// Reads what the chair's dashboard needs out of a draft's editor document: the paragraphs of the
// model (document-paragraphs.ts) with the holds on their brackets and their ad ref details,
// ready for lib/negotiation/dashboard.ts.
import type { JSONContent } from "@tiptap/core";
import type { AdRef } from "../negotiation";
import type { SummaryParagraph } from "../negotiation/dashboard";
import { countedHolds, parseHolds } from "../negotiation/holds";
import { documentParagraphs } from "./document-paragraphs";

function attributesByPid(doc: JSONContent): Map<string, Record<string, unknown>> {
  const found = new Map<string, Record<string, unknown>>();
  const visit = (node: JSONContent) => {
    const pid = node.attrs?.pid;
    if ((node.type === "paragraph" || node.type === "heading") && typeof pid === "string" && !found.has(pid))
      found.set(pid, node.attrs!);
    for (const child of node.content ?? []) visit(child);
  };
  visit(doc);
  return found;
}

const parseJson = (value: unknown): unknown => {
  if (typeof value !== "string") return value;
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
};

/** "KZ, RU", ["KZ","RU"] or '["KZ"]' → codes. */
function statesOf(value: unknown): string[] {
  const raw = parseJson(value);
  if (Array.isArray(raw)) return raw.filter((state): state is string => typeof state === "string");
  if (typeof raw === "string") return raw.split(/[\s,;]+/).filter(Boolean);
  return [];
}

/**
 * Ad ref details as a client stored them: `adRefStates` + `adRefDeadline`, or one `adRef`
 * ({ states, deadline }, object or JSON). Null when the paragraph names nobody and no date.
 */
export function adRefOf(attrs: Record<string, unknown>): AdRef | null {
  const combined = parseJson(attrs.adRef) as { states?: unknown; deadline?: unknown } | null | undefined;
  const states = statesOf(attrs.adRefStates ?? combined?.states);
  const deadlineValue = attrs.adRefDeadline ?? combined?.deadline;
  const deadline = typeof deadlineValue === "string" ? deadlineValue : "";
  return states.length === 0 && !deadline ? null : { states, deadline };
}

export function summaryParagraphs(doc: JSONContent): SummaryParagraph[] {
  const attributes = attributesByPid(doc);
  return documentParagraphs(doc).map((paragraph) => {
    const attrs = attributes.get(paragraph.id) ?? {};
    return { ...paragraph, holds: countedHolds(parseHolds(attrs.holds)), adRef: adRefOf(attrs) };
  });
}
