// The chair sets paragraph status, but within the rules (lib/negotiation checkStatusChange):
// a paragraph that still holds brackets cannot be agreed, and ad ref needs the states whose
// capitals confirm and a deadline. The paragraph guard hands over a chair's update; only items
// that set an attribute (ContentAny, never typing) are looked at, so this costs nothing on
// keystrokes. The changes it lets through are kept for the status history
// (record-status-changes.ts), keyed by the update's item index.
/* eslint-disable @typescript-eslint/no-explicit-any -- Yjs types its shared types with any */
import * as Y from "yjs";
import { readNumberingBase } from "../../lib/collab/numbering-base";
import { proseMirrorJSON } from "../../lib/draft/prosemirror-json";
import { documentParagraphs } from "../../lib/editor/document-paragraphs";
import { STATUS_KEYS } from "../../lib/editor/extensions";
import { adRefOfAttributes, DEADLINE_PASSED, deadlinePassed, storedStatus } from "../../lib/editor/paragraph-status";
import {
  checkStatusChange,
  numberParagraphs,
  paragraphStatusSchema,
  type ParagraphStatus,
} from "../../lib/negotiation";
import { countedHolds, parseHolds } from "../../lib/negotiation/holds";
import type { ItemIndex } from "./staged-items";

type DeleteSet = { clients: Map<number, { clock: number; len: number }[]> };

/** A status change the server accepted, as the status history records it. */
export interface AcceptedStatusChange {
  pid: string;
  from: ParagraphStatus;
  to: ParagraphStatus;
  adRefStates: string[];
  adRefDeadline: string | null;
}

export interface StatusGuardTools {
  /** Where an item lands (paragraph-guard.ts); throws for what it cannot place. */
  containerOf(item: Y.Item): Y.AbstractType<any> | "new";
  keyOf(item: Y.Item): string | null;
}

const accepted = new WeakMap<ItemIndex, AcceptedStatusChange[]>();

/** The status changes the guard accepted in the update with this item index (once). */
export function takeAcceptedStatusChanges(index: ItemIndex): AcceptedStatusChange[] {
  const found = accepted.get(index) ?? [];
  accepted.delete(index);
  return found;
}

function deletedBy(ds: DeleteSet, id: Y.ID): boolean {
  return (ds.clients.get(id.client) ?? []).some(
    (range) => id.clock >= range.clock && id.clock < range.clock + range.len,
  );
}

/** The update deletes this element, or something it is in. */
function goesWithUpdate(ds: DeleteSet, element: Y.AbstractType<any>): boolean {
  for (let current: Y.AbstractType<any> | null = element; current?._item; current = current._item.parent as any)
    if (deletedBy(ds, current._item.id)) return true;
  return false;
}

const valueOf = (item: Y.Item): unknown => (item.content instanceof Y.ContentAny ? item.content.arr[0] : undefined);

/** The words of a paragraph element as the model reads them (document-paragraphs.ts). */
export function elementText(element: Y.XmlElement): string {
  let text = "";
  for (const child of element.toArray()) {
    if (child instanceof Y.XmlText) {
      for (const op of child.toDelta() as { insert: unknown }[]) if (typeof op.insert === "string") text += op.insert;
    } else if (child instanceof Y.XmlElement && child.nodeName === "hardBreak") text += "\n";
  }
  return text;
}

/** "OP5 bis" for the reason; read only when refusing, since it reads the whole draft. */
function labelOf(doc: Y.Doc, pid: unknown): string | undefined {
  if (typeof pid !== "string") return undefined;
  try {
    const json = proseMirrorJSON(doc);
    const paragraphs = documentParagraphs(json);
    const index = paragraphs.findIndex((paragraph) => paragraph.id === pid);
    if (index === -1) return undefined;
    return numberParagraphs(paragraphs, readNumberingBase(doc))[index]?.ref ?? undefined;
  } catch {
    return undefined;
  }
}

interface Touched {
  set: Map<string, Y.Item[]>;
  cleared: Set<string>;
}

/**
 * The chair's status changes in an update that break the rules, by the top-level element to
 * undo (`topOf`) with the reason. Changes it accepts are kept for takeAcceptedStatusChanges.
 */
export function refusedChairStatusChanges(
  doc: Y.Doc,
  decoded: { ds: DeleteSet },
  incoming: ItemIndex,
  tools: StatusGuardTools,
  topOf: (element: Y.XmlElement) => Y.XmlElement | null,
  now: Date = new Date(),
): Map<Y.XmlElement, string> {
  const touched = new Map<Y.XmlElement, Touched>();
  const touch = (element: Y.XmlElement) => {
    const entry = touched.get(element) ?? { set: new Map(), cleared: new Set() };
    touched.set(element, entry);
    return entry;
  };

  for (const list of incoming.values()) {
    for (const item of list) {
      if (!(item.content instanceof Y.ContentAny)) continue; // typing, formatting, structure
      let container: Y.AbstractType<any> | "new";
      try {
        container = tools.containerOf(item);
      } catch {
        continue; // not in the text (the chair writes other roots too): not a status
      }
      if (!(container instanceof Y.XmlElement) || container.nodeName !== "paragraph") continue;
      const key = tools.keyOf(item);
      if (key === null || !STATUS_KEYS.has(key)) continue;
      const entry = touch(container);
      entry.set.set(key, [...(entry.set.get(key) ?? []), item]);
    }
  }
  // Removing an ad ref attribute outright (no new value) leaves only a delete.
  for (const [client, ranges] of decoded.ds.clients) {
    const stored = doc.store.clients.get(client);
    if (!stored || stored.length === 0) continue;
    const last = stored[stored.length - 1]!;
    for (const range of ranges) {
      if (range.clock >= last.id.clock + last.length) continue;
      for (let index = Y.findIndexSS(stored, range.clock); index < stored.length; index += 1) {
        const struct = stored[index]!;
        if (struct.id.clock >= range.clock + range.len) break;
        if (!(struct instanceof Y.Item) || struct.deleted || !struct.parentSub) continue;
        if (!STATUS_KEYS.has(struct.parentSub) || !(struct.parent instanceof Y.XmlElement)) continue;
        if (struct.parent.nodeName === "paragraph") touch(struct.parent).cleared.add(struct.parentSub);
      }
    }
  }

  const refused = new Map<Y.XmlElement, string>();
  if (touched.size === 0) return refused;
  const changes: AcceptedStatusChange[] = [];
  for (const [element, { set, cleared }] of touched) {
    if (goesWithUpdate(decoded.ds, element)) continue;
    const after = (key: string): unknown => {
      const items = set.get(key) ?? [];
      const kept = items.filter((item) => !deletedBy(decoded.ds, item.id));
      if (kept.length > 0) return valueOf(kept.reduce((a, b) => (b.id.clock > a.id.clock ? b : a)));
      return items.length > 0 || cleared.has(key) ? null : element.getAttribute(key);
    };
    const from = storedStatus(element.getAttribute("status"));
    const rawTo = after("status") ?? "open";
    const before = adRefOfAttributes({
      adRefStates: element.getAttribute("adRefStates"),
      adRefDeadline: element.getAttribute("adRefDeadline"),
    });
    const adRef = adRefOfAttributes({ adRefStates: after("adRefStates"), adRefDeadline: after("adRefDeadline") });
    const sameAdRef = JSON.stringify(before) === JSON.stringify(adRef);
    const top = topOf(element) ?? element;
    const parsedTo = paragraphStatusSchema.safeParse(rawTo);
    if (!parsedTo.success) {
      refused.set(top, `${String(rawTo)} is not a paragraph status`);
      continue;
    }
    const to = parsedTo.data;
    // A new status, or new ad ref details on an ad ref paragraph: judged; anything else (ad ref
    // details tidied on an open paragraph) changes nothing anyone reads.
    if (from === to && (to !== "agreed_ad_ref" || sameAdRef)) continue;
    if (to !== "open") {
      const change = {
        from,
        to,
        role: "CHAIR" as const,
        paragraph: { status: from, deleted: false, text: elementText(element) },
        holds: countedHolds(parseHolds(element.getAttribute("holds"))),
        adRef,
      };
      let verdict = checkStatusChange(change);
      if (!verdict.ok) verdict = checkStatusChange({ ...change, label: labelOf(doc, element.getAttribute("pid")) });
      if (!verdict.ok) {
        refused.set(top, verdict.reason);
        continue;
      }
      if (
        to === "agreed_ad_ref" &&
        adRef &&
        adRef.deadline !== before?.deadline &&
        deadlinePassed(adRef.deadline, now)
      ) {
        refused.set(top, DEADLINE_PASSED);
        continue;
      }
    }
    const pid = element.getAttribute("pid");
    if (typeof pid === "string" && pid)
      changes.push({
        pid,
        from,
        to,
        adRefStates: to === "agreed_ad_ref" ? [...(adRef?.states ?? [])] : [],
        adRefDeadline: to === "agreed_ad_ref" ? (adRef?.deadline ?? null) : null,
      });
  }
  if (changes.length > 0) accepted.set(incoming, changes);
  return refused;
}
