// The chair sets paragraph status, but within the rules (lib/negotiation checkStatusChange):
// a paragraph that still holds brackets cannot be agreed, and ad ref needs the states whose
// capitals confirm and a deadline. Read from an update's first look; only items that set an
// attribute (ContentAny, never typing) are looked at, so this costs nothing on keystrokes.
import * as Y from "yjs";
import { yXmlTree } from "../../../lib/draft/draft-tree";
import { paragraphsOfDoc } from "../../../lib/draft/read-paragraphs";
import { STATUS_KEYS } from "../../../lib/editor/extensions";
import { adRefOfAttributes, DEADLINE_PASSED, deadlinePassed, storedStatus } from "../../../lib/editor/paragraph-status";
import { checkStatusChange, paragraphStatusSchema, type ParagraphStatus } from "../../../lib/negotiation";
import { countedHolds, parseHolds } from "../../../lib/negotiation/holds";
import { valueOf, type Container, type IncomingUpdate } from "./incoming-update";

/** A status change the server accepted, as the status history records it. */
export interface AcceptedStatusChange {
  pid: string;
  from: ParagraphStatus;
  to: ParagraphStatus;
  adRefStates: string[];
  adRefDeadline: string | null;
}

/** "OP5 bis" for the reason; read only when refusing, since it reads the whole draft. */
function labelOf(doc: Y.Doc, pid: unknown): string | undefined {
  if (typeof pid !== "string") return undefined;
  return paragraphsOfDoc(doc).find((paragraph) => paragraph.pid === pid)?.number.ref ?? undefined;
}

interface Touched {
  set: Map<string, Y.Item[]>;
  cleared: Set<string>;
}

export interface StatusJudgement {
  /** Changes that break the rules: the top-level element to undo, with the reason. */
  refused: Map<Y.XmlElement, string>;
  accepted: AcceptedStatusChange[];
}

/** The status changes an update makes (by someone who may set status), judged. */
export function judgeStatusChanges(update: IncomingUpdate, now: Date = new Date()): StatusJudgement {
  const touched = new Map<Y.XmlElement, Touched>();
  const touch = (element: Y.XmlElement) => {
    const entry = touched.get(element) ?? { set: new Map(), cleared: new Set() };
    touched.set(element, entry);
    return entry;
  };

  for (const item of update.items()) {
    if (!(item.content instanceof Y.ContentAny)) continue; // typing, formatting, structure
    let container: Container;
    try {
      container = update.containerOf(item);
    } catch {
      continue; // not in the text: not a status (the other rules judge what it is)
    }
    if (!(container instanceof Y.XmlElement) || container.nodeName !== "paragraph") continue;
    const key = update.keyOf(item);
    if (key === null || !STATUS_KEYS.has(key)) continue;
    const entry = touch(container);
    entry.set.set(key, [...(entry.set.get(key) ?? []), item]);
  }
  // Removing an ad ref attribute outright (no new value) leaves only a delete.
  for (const struct of update.deletedItems()) {
    if (!struct.parentSub || !STATUS_KEYS.has(struct.parentSub) || !(struct.parent instanceof Y.XmlElement)) continue;
    if (struct.parent.nodeName === "paragraph") touch(struct.parent).cleared.add(struct.parentSub);
  }

  const judgement: StatusJudgement = { refused: new Map(), accepted: [] };
  for (const [element, { set, cleared }] of touched) {
    if (update.deletesElement(element)) continue;
    const after = (key: string): unknown => {
      const items = set.get(key) ?? [];
      const kept = items.filter((item) => !update.deletes(item.id));
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
    const top = update.paragraphOf(element) ?? element;
    const parsedTo = paragraphStatusSchema.safeParse(rawTo);
    if (!parsedTo.success) {
      judgement.refused.set(top, `${String(rawTo)} is not a paragraph status`);
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
        role: "CHAIR" as const, // only those who may set status get here (status-rule.ts)
        paragraph: { status: from, deleted: false, text: yXmlTree.text(element) },
        holds: countedHolds(parseHolds(element.getAttribute("holds"))),
        adRef,
      };
      let verdict = checkStatusChange(change);
      if (!verdict.ok)
        verdict = checkStatusChange({ ...change, label: labelOf(update.doc, element.getAttribute("pid")) });
      if (!verdict.ok) {
        judgement.refused.set(top, verdict.reason);
        continue;
      }
      if (
        to === "agreed_ad_ref" &&
        adRef &&
        adRef.deadline !== before?.deadline &&
        deadlinePassed(adRef.deadline, now)
      ) {
        judgement.refused.set(top, DEADLINE_PASSED);
        continue;
      }
    }
    const pid = element.getAttribute("pid");
    if (typeof pid === "string" && pid)
      judgement.accepted.push({
        pid,
        from,
        to,
        adRefStates: to === "agreed_ad_ref" ? [...(adRef?.states ?? [])] : [],
        adRefDeadline: to === "agreed_ad_ref" ? (adRef?.deadline ?? null) : null,
      });
  }
  return judgement;
}
