// A delegation speaks only for itself: a non-chair may add or withdraw its own Member State's
// holds on a paragraph's brackets (the `holds` attribute, lib/negotiation/holds.ts), never
// another state's. The paragraph guard hands over the items of an update that touch `holds`
// (rare: most updates are typing and never get here); this compares the stored value with the
// value the update leaves behind.
/* eslint-disable @typescript-eslint/no-explicit-any -- Yjs types its shared types with any */
import * as Y from "yjs";
import { holdsChangeAllowed, parseHolds } from "../../lib/negotiation/holds";

export const HOLDS_KEY = "holds";
export const HOLDS_REASON = "a delegation speaks only for itself";

type DeleteSet = { clients: Map<number, { clock: number; len: number }[]> };

function deletedBy(ds: DeleteSet, id: Y.ID): boolean {
  return (ds.clients.get(id.client) ?? []).some(
    (range) => id.clock >= range.clock && id.clock < range.clock + range.len,
  );
}

/** Whether the update deletes the element itself, or a list it is in. */
export function goesWithUpdate(ds: DeleteSet, element: Y.AbstractType<any>): boolean {
  for (
    let current: Y.AbstractType<any> | null = element;
    current?._item;
    current = current._item.parent as Y.AbstractType<any>
  ) {
    if (deletedBy(ds, current._item.id)) return true;
  }
  return false;
}

const valueOf = (item: Y.Item): unknown => (item.content instanceof Y.ContentAny ? item.content.arr[0] : undefined);

export class HoldsChanges {
  /** New `holds` entries, by the paragraph they are set on ("new": one this update creates). */
  private readonly set = new Map<Y.XmlElement | "new", Y.Item[]>();
  /** Paragraphs whose stored `holds` the update deletes. */
  private readonly cleared = new Set<Y.XmlElement>();

  constructor(private readonly ds: DeleteSet) {}

  add(target: Y.AbstractType<any> | "new", item: Y.Item): void {
    const key = target instanceof Y.XmlElement ? target : "new";
    this.set.set(key, [...(this.set.get(key) ?? []), item]);
  }

  clear(paragraph: Y.XmlElement): void {
    this.cleared.add(paragraph);
  }

  get empty(): boolean {
    return this.set.size === 0 && this.cleared.size === 0;
  }

  /** The paragraphs whose holds change beyond `state`'s own, and whether a new paragraph does. */
  refused(state: string | null): { paragraphs: Y.XmlElement[]; inNewParagraph: boolean } {
    const paragraphs: Y.XmlElement[] = [];
    let inNewParagraph = false;
    for (const [target, items] of this.set) {
      // What the update leaves behind: its entries that it does not itself overwrite.
      const after = items.filter((item) => !deletedBy(this.ds, item.id)).map(valueOf);
      const before = target === "new" ? null : target.getAttribute(HOLDS_KEY);
      const values = after.length > 0 ? after : [null];
      if (values.every((value) => holdsChangeAllowed(parseHolds(before), parseHolds(value), state))) continue;
      if (target === "new") inNewParagraph = true;
      else paragraphs.push(target);
    }
    for (const paragraph of this.cleared) {
      if (this.set.has(paragraph)) continue; // judged above, on the value that replaces it
      // Deleting the paragraph itself takes its holds along, like the words of its brackets:
      // deleting text is everyone's right in an open paragraph (locks are checked elsewhere).
      if (goesWithUpdate(this.ds, paragraph)) continue;
      if (!holdsChangeAllowed(parseHolds(paragraph.getAttribute(HOLDS_KEY)), {}, state)) paragraphs.push(paragraph);
    }
    return { paragraphs, inNewParagraph };
  }
}
