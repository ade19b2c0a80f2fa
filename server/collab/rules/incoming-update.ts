// An update as it arrives, before anything is applied, resolved once for every rule's first
// look (first-look.ts): where each new item lands (the type it is inserted into, found through
// the room's doc, through other items of the same update, or through updates accepted but not
// yet applied), which attribute it sets, and which stored items the update deletes. Each answer
// is computed on first use and kept, so that any number of rules may ask.
/* eslint-disable @typescript-eslint/no-explicit-any -- Yjs types its shared types with any */
import * as Y from "yjs";
import { NUMBERING_ROOT } from "../../../lib/collab/numbering-base";
import { DRAFT_FIELD } from "../../../lib/editor/extensions";
import { isNumberingRoot, numberingRoot } from "../numbering-root";
import { findInIndex, indexItems, type ItemIndex, type StagedItems } from "../staged-items";

/** Decoded, not yet integrated: an item's parent is an ID, a root name or null. */
export interface DecodedUpdate {
  structs: ReadonlyArray<Y.Item | Y.GC | Y.Skip>;
  ds: DeleteSet;
}

export type DeleteSet = { clients: Map<number, { clock: number; len: number }[]> };

/** A type of the room's doc, or "new": inside a type this very update creates. */
export type Container = Y.AbstractType<any> | "new";

/** The update builds on text the server does not hold: no honest client sends that. */
export class UnresolvableUpdateError extends Error {
  constructor() {
    super("update refers to text the server does not hold");
    this.name = "UnresolvableUpdateError";
  }
}

export class IncomingUpdate {
  readonly fragment: Y.AbstractType<any>;
  readonly index: ItemIndex;
  private readonly containers = new Map<Y.Item, Container>();
  private deleted: Y.Item[] | null = null;

  constructor(
    readonly doc: Y.Doc,
    readonly decoded: DecodedUpdate,
    /** Items of updates accepted earlier but not applied yet; they may be built upon. */
    private readonly staged?: StagedItems,
    index?: ItemIndex,
  ) {
    this.fragment = doc.getXmlFragment(DRAFT_FIELD) as Y.AbstractType<any>;
    this.index = index ?? indexItems(decoded.structs);
  }

  get ds(): DeleteSet {
    return this.decoded.ds;
  }

  /** Every new item of the update, client by client in clock order. */
  *items(): Iterable<Y.Item> {
    for (const list of this.index.values()) yield* list;
  }

  isNumberingRoot(type: unknown): boolean {
    return isNumberingRoot(this.doc, type);
  }

  /**
   * Where a new item lands: resolved through the store or through other new items (a long run
   * of typing is a long chain, memoised link by link). Throws UnresolvableUpdateError for an
   * item anchored on nothing the server holds.
   */
  containerOf(item: Y.Item): Container {
    const known = this.containers.get(item);
    if (known) return known;
    const chain: Y.Item[] = [];
    let current: Y.Item | undefined = item;
    let result: Container | undefined;
    while (current && result === undefined) {
      const cached = this.containers.get(current);
      if (cached) {
        result = cached;
        break;
      }
      if (chain.includes(current)) throw new UnresolvableUpdateError();
      chain.push(current);
      const parent = current.parent as unknown;
      if (typeof parent === "string") {
        if (parent === NUMBERING_ROOT) {
          result = numberingRoot(this.doc);
          break;
        }
        if (parent !== DRAFT_FIELD) throw new UnresolvableUpdateError(); // only these roots exist
        result = this.fragment;
        break;
      }
      const anchorId = (parent as Y.ID | null) ?? current.origin ?? current.rightOrigin;
      if (!anchorId) throw new UnresolvableUpdateError();
      const stored = this.storedItem(anchorId);
      if (stored) {
        // With an explicit parent id, the anchor IS the parent; otherwise it is a sibling.
        result = parent
          ? ((stored.content as Y.ContentType).type as Y.AbstractType<any>)
          : (stored.parent as Y.AbstractType<any>);
        break;
      }
      const sibling = this.findIncoming(anchorId);
      if (!sibling) throw new UnresolvableUpdateError();
      if (parent) {
        result = "new"; // inside a type this very update creates: nothing locked there
        break;
      }
      current = sibling;
    }
    if (result === undefined) throw new UnresolvableUpdateError();
    for (const link of chain) this.containers.set(link, result);
    return result;
  }

  /**
   * The attribute an item sets, or null for content. A map entry names its key only when it
   * has no neighbour; otherwise it shares the key of the entry it replaces.
   */
  keyOf(item: Y.Item): string | null {
    let current: Y.Item | undefined = item;
    for (let steps = 0; current && steps < 10_000; steps += 1) {
      if (current.parentSub) return current.parentSub;
      if (current.parent) return null;
      const anchorId = current.origin ?? current.rightOrigin;
      if (!anchorId) return null;
      const stored = this.storedItem(anchorId);
      if (stored) return stored.parentSub;
      current = this.findIncoming(anchorId);
    }
    return null;
  }

  /** The top-level paragraph element a type lives in; null for the text itself or another root. */
  paragraphOf(type: Y.AbstractType<any> | null): Y.XmlElement | null {
    let current = type;
    while (current && current._item) {
      const parent = current._item.parent as Y.AbstractType<any> | null;
      if (parent === this.fragment) return current instanceof Y.XmlElement ? current : null;
      current = parent;
    }
    return null;
  }

  /** The stored items, not deleted yet, that the update deletes. */
  deletedItems(): readonly Y.Item[] {
    if (this.deleted) return this.deleted;
    const found: Y.Item[] = [];
    for (const [client, ranges] of this.ds.clients) {
      const stored = this.doc.store.clients.get(client);
      if (!stored || stored.length === 0) continue;
      const last = stored[stored.length - 1]!;
      for (const range of ranges) {
        if (range.clock >= last.id.clock + last.length) continue; // deletes of new items only
        for (let index = Y.findIndexSS(stored, range.clock); index < stored.length; index += 1) {
          const struct = stored[index]!;
          if (struct.id.clock >= range.clock + range.len) break;
          if (struct instanceof Y.Item && !struct.deleted) found.push(struct);
        }
      }
    }
    this.deleted = found;
    return found;
  }

  /** Whether the update deletes the item with this id (stored or its own). */
  deletes(id: Y.ID): boolean {
    return (this.ds.clients.get(id.client) ?? []).some(
      (range) => id.clock >= range.clock && id.clock < range.clock + range.len,
    );
  }

  /** Whether the update deletes the element itself, or a list it is in. */
  deletesElement(element: Y.AbstractType<any>): boolean {
    for (let current: Y.AbstractType<any> | null = element; current?._item; current = current._item.parent as any)
      if (this.deletes(current._item.id)) return true;
    return false;
  }

  private storedItem(id: Y.ID): Y.Item | null {
    const structs = this.doc.store.clients.get(id.client);
    if (!structs || structs.length === 0) return null;
    const last = structs[structs.length - 1]!;
    if (id.clock >= last.id.clock + last.length) return null;
    const struct = structs[Y.findIndexSS(structs, id.clock)];
    return struct instanceof Y.Item ? struct : null;
  }

  private findIncoming(id: Y.ID): Y.Item | undefined {
    return findInIndex(this.index, id) ?? this.staged?.find(id);
  }
}

export const valueOf = (item: Y.Item): unknown =>
  item.content instanceof Y.ContentAny ? item.content.arr[0] : undefined;
