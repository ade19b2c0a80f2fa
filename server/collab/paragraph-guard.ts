// The first look at an incoming update, as it arrives and before anything is applied: the
// chair's status changes within the rules (status-guard.ts), holds (holds-guard.ts), the
// numbering base, and the plain cases of locked paragraphs and statuses, read from the update's
// structs and delete set. What an update really does once Yjs has placed it is judged after,
// exactly, by effect-judge.ts, which alone decides the words of brackets and catches whatever
// this first look cannot see (anchors on the right only, whole items deleted, ids removed).
/* eslint-disable @typescript-eslint/no-explicit-any -- Yjs types its shared types with any */
import * as Y from "yjs";
import { NUMBERING_ROOT as NUMBERING_ROOT_NAME } from "../../lib/collab/numbering-base";
import { DRAFT_FIELD, LOCKED_STATUSES, STATUS_KEYS } from "../../lib/editor/extensions";
import type { CollabUser } from "./collab-connection";
import { HOLDS_KEY, HOLDS_REASON, HoldsChanges } from "./holds-guard";
import { isNumberingRoot, mayRenumber, NUMBERING_REASON, numberingRoot } from "./numbering-guard";
import { findInIndex, indexItems, type StagedItems } from "./staged-items";
import { refusedChairStatusChanges } from "./status-guard";

type DecodedItem = Y.Item; // decoded, not yet integrated: parent is an ID, a root name or null

export interface ForbiddenChanges {
  /**
   * Paragraphs the update would change in a way the sender may not; also the numbering root
   * (numbering-guard.ts) when a sender who may not renumber changed it: it is undone the same way.
   */
  paragraphs: Set<Y.XmlElement | Y.AbstractType<any>>;
  /**
   * The update deletes a locked paragraph outright, or creates a paragraph with a status: it can
   * only be undone as a whole (paragraph by paragraph is not possible there).
   */
  revertWholeUpdate: boolean;
  reasons: string[];
}

function storedItem(doc: Y.Doc, id: Y.ID): Y.Item | null {
  const structs = doc.store.clients.get(id.client);
  if (!structs || structs.length === 0) return null;
  const last = structs[structs.length - 1]!;
  if (id.clock >= last.id.clock + last.length) return null;
  const struct = structs[Y.findIndexSS(structs, id.clock)];
  return struct instanceof Y.Item ? struct : null;
}

/** The top-level paragraph element a type lives in, or null for the fragment itself. */
function paragraphOfType(fragment: Y.AbstractType<any>, type: Y.AbstractType<any> | null): Y.XmlElement | null {
  let current = type;
  while (current && current._item) {
    const parent = current._item.parent as Y.AbstractType<any> | null;
    if (parent === fragment) return current instanceof Y.XmlElement ? current : null;
    current = parent;
  }
  return null;
}

const isLocked = (paragraph: Y.XmlElement) => LOCKED_STATUSES.has(String(paragraph.getAttribute("status") ?? "open"));

/**
 * Comments, statuses and numbers follow a paragraph's id, so it is fixed once given — unless
 * another paragraph holds the same one (a copy made by a client that does not name paragraphs):
 * then the editor renames one of them.
 */
function mayRename(fragment: Y.AbstractType<any>, paragraph: Y.XmlElement): boolean {
  const pid = paragraph.getAttribute("pid");
  if (typeof pid !== "string" || !pid) return true;
  for (const other of (fragment as Y.XmlFragment).toArray())
    if (other !== paragraph && other instanceof Y.XmlElement && other.getAttribute("pid") === pid) return true;
  return false;
}

/** The update builds on text the server does not hold: no honest client sends that. */
export class UnresolvableUpdateError extends Error {
  constructor() {
    super("update refers to text the server does not hold");
    this.name = "UnresolvableUpdateError";
  }
}

type Container = Y.AbstractType<any> | "new";

export interface DecodedUpdate {
  structs: ReadonlyArray<Y.Item | Y.GC | Y.Skip>;
  ds: { clients: Map<number, { clock: number; len: number }[]> };
}

export interface GuardContext {
  /** Items of updates accepted earlier but not applied yet; they may be built upon. */
  staged?: StagedItems;
  /** This update's own items, indexed (indexItems); computed when not given. */
  index?: ReturnType<typeof indexItems>;
}

export function findForbiddenChanges(
  doc: Y.Doc,
  decoded: DecodedUpdate,
  user: Pick<CollabUser, "role"> & Partial<Pick<CollabUser, "memberStateCode">>,
  context: GuardContext = {},
): ForbiddenChanges {
  const found: ForbiddenChanges = { paragraphs: new Set(), revertWholeUpdate: false, reasons: [] };
  const fragment = doc.getXmlFragment(DRAFT_FIELD) as Y.AbstractType<any>;
  const { ds } = decoded;
  const incoming = context.index ?? indexItems(decoded.structs);
  const findIncoming = (id: Y.ID): DecodedItem | undefined => findInIndex(incoming, id) ?? context.staged?.find(id);

  // Where a new item lands: the type it is inserted into, resolved through the store or through
  // other new items of the same update (memoised: a long run of typing is a long chain).
  const memo = new Map<DecodedItem, Container>();
  const containerOf = (item: DecodedItem): Container => {
    const known = memo.get(item);
    if (known) return known;
    const chain: DecodedItem[] = [];
    let current: DecodedItem | undefined = item;
    let result: Container | undefined;
    while (current && result === undefined) {
      const cached = memo.get(current);
      if (cached) {
        result = cached;
        break;
      }
      if (chain.includes(current)) throw new UnresolvableUpdateError();
      chain.push(current);
      const parent = current.parent as unknown;
      if (typeof parent === "string") {
        if (parent === NUMBERING_ROOT_NAME) {
          result = numberingRoot(doc);
          break;
        }
        if (parent !== DRAFT_FIELD) throw new UnresolvableUpdateError(); // only these roots exist
        result = fragment;
        break;
      }
      const anchorId = (parent as Y.ID | null) ?? current.origin ?? current.rightOrigin;
      if (!anchorId) throw new UnresolvableUpdateError();
      const stored = storedItem(doc, anchorId);
      if (stored) {
        // With an explicit parent id, the anchor IS the parent; otherwise it is a sibling.
        result = parent
          ? ((stored.content as Y.ContentType).type as Y.AbstractType<any>)
          : (stored.parent as Y.AbstractType<any>);
        break;
      }
      const sibling = findIncoming(anchorId);
      if (!sibling) throw new UnresolvableUpdateError();
      if (parent) {
        result = "new"; // inside a type this very update creates: nothing locked there
        break;
      }
      current = sibling;
    }
    if (result === undefined) throw new UnresolvableUpdateError();
    for (const link of chain) memo.set(link, result);
    return result;
  };

  // A map entry (an attribute) names its key only when it has no neighbour; otherwise it shares
  // the key of the entry it replaces.
  const keyOf = (item: DecodedItem): string | null => {
    let current: DecodedItem | undefined = item;
    for (let steps = 0; current && steps < 10_000; steps += 1) {
      if (current.parentSub) return current.parentSub;
      if (current.parent) return null;
      const anchorId = current.origin ?? current.rightOrigin;
      if (!anchorId) return null;
      const stored = storedItem(doc, anchorId);
      if (stored) return stored.parentSub;
      current = findIncoming(anchorId);
    }
    return null;
  };

  const forbid = (paragraph: Y.XmlElement, reason: string) => {
    found.paragraphs.add(paragraph);
    if (!found.reasons.includes(reason)) found.reasons.push(reason);
  };

  if (user.role === "CHAIR") {
    // The chair may change anything, but agrees only what holds no brackets (status-guard.ts).
    const topOf = (element: Y.XmlElement) => paragraphOfType(fragment, element);
    const tools = { containerOf: containerOf as (item: Y.Item) => Y.AbstractType<any> | "new", keyOf };
    for (const [paragraph, reason] of refusedChairStatusChanges(doc, decoded, incoming, tools, topOf))
      forbid(paragraph, reason);
    return found;
  }

  let touchesNumbering = false;
  // Holds on brackets are judged once the whole update is read (holds-guard.ts).
  const holds = new HoldsChanges(ds);

  for (const list of incoming.values()) {
    for (const item of list) {
      const container = containerOf(item);
      if (isNumberingRoot(doc, container)) {
        touchesNumbering = true;
        continue;
      }
      // Only an entry of an element's own attribute map can be `holds`: typing never gets here.
      if ((container === "new" || container instanceof Y.XmlElement) && keyOf(item) === HOLDS_KEY)
        holds.add(container, item);
      if (container === "new") {
        // A paragraph born agreed would skip the chair.
        const value = item.content instanceof Y.ContentAny ? item.content.arr[0] : undefined;
        const key = keyOf(item);
        if (key !== null && STATUS_KEYS.has(key) && value !== undefined && value !== null && value !== "open") {
          found.revertWholeUpdate = true;
          if (!found.reasons.includes("only the chair sets paragraph status"))
            found.reasons.push("only the chair sets paragraph status");
        }
        continue;
      }
      if (container === fragment) continue; // a new paragraph between others
      const paragraph = paragraphOfType(fragment, container);
      if (!paragraph) continue;
      const key = container === paragraph ? keyOf(item) : null;
      if (key !== null && STATUS_KEYS.has(key)) forbid(paragraph, "only the chair sets paragraph status");
      else if (container !== paragraph && container instanceof Y.XmlElement && STATUS_KEYS.has(keyOf(item) ?? ""))
        forbid(paragraph, "only the chair sets paragraph status"); // a sub-paragraph's status
      else if (key === "pid" && !mayRename(fragment, paragraph)) forbid(paragraph, "a paragraph keeps its id");
      else if (isLocked(paragraph)) forbid(paragraph, "the paragraph is agreed and locked");
    }
  }

  for (const [client, ranges] of ds.clients) {
    const stored = doc.store.clients.get(client);
    if (!stored || stored.length === 0) continue;
    const last = stored[stored.length - 1]!;
    for (const range of ranges) {
      if (range.clock >= last.id.clock + last.length) continue; // deletes of new items only
      for (let index = Y.findIndexSS(stored, range.clock); index < stored.length; index += 1) {
        const struct = stored[index]!;
        if (struct.id.clock >= range.clock + range.len) break;
        if (!(struct instanceof Y.Item) || struct.deleted) continue;
        if (struct.parentSub === HOLDS_KEY && struct.parent instanceof Y.XmlElement) holds.clear(struct.parent);
        if (isNumberingRoot(doc, struct.parent)) {
          touchesNumbering = true;
          continue;
        }
        if (struct.parent === fragment) {
          const element = (struct.content as Y.ContentType).type;
          if (element instanceof Y.XmlElement && isLocked(element)) {
            found.revertWholeUpdate = true;
            forbid(element, "the paragraph is agreed and locked");
          }
          continue;
        }
        const paragraph = paragraphOfType(fragment, struct.parent as Y.AbstractType<any>);
        if (paragraph && isLocked(paragraph)) forbid(paragraph, "the paragraph is agreed and locked");
      }
    }
  }

  if (!holds.empty) {
    const refused = holds.refused(user.memberStateCode ?? null);
    for (const paragraph of refused.paragraphs) forbid(paragraph, HOLDS_REASON);
    if (refused.inNewParagraph) {
      found.revertWholeUpdate = true;
      if (!found.reasons.includes(HOLDS_REASON)) found.reasons.push(HOLDS_REASON);
    }
  }

  if (touchesNumbering && !mayRenumber(user)) {
    // Undoing "as a whole" covers the text only; no honest client sends both in one update.
    if (found.revertWholeUpdate) throw new UnresolvableUpdateError();
    found.paragraphs.add(numberingRoot(doc));
    if (!found.reasons.includes(NUMBERING_REASON)) found.reasons.push(NUMBERING_REASON);
  }
  return found;
}
