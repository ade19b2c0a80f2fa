// The changes an update makes to paragraphs' `holds` (rare: most updates are typing and never
// get here), for holds-rule.ts: this compares the stored value with the value the update leaves
// behind.
/* eslint-disable @typescript-eslint/no-explicit-any -- Yjs types its shared types with any */
import * as Y from "yjs";
import { holdsChangeAllowed, parseHolds } from "../../../lib/negotiation/holds";
import { valueOf, type IncomingUpdate } from "./incoming-update";

export const HOLDS_KEY = "holds";
export const HOLDS_REASON = "a delegation speaks only for itself";

/** What the update deletes (incoming-update.ts). */
type Deletes = Pick<IncomingUpdate, "deletes" | "deletesElement">;

export class HoldsChanges {
  /** New `holds` entries, by the paragraph they are set on ("new": one this update creates). */
  private readonly set = new Map<Y.XmlElement | "new", Y.Item[]>();
  /** Paragraphs whose stored `holds` the update deletes. */
  private readonly cleared = new Set<Y.XmlElement>();

  constructor(private readonly update: Deletes) {}

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
      const after = items.filter((item) => !this.update.deletes(item.id)).map(valueOf);
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
      if (this.update.deletesElement(paragraph)) continue;
      if (!holdsChangeAllowed(parseHolds(paragraph.getAttribute(HOLDS_KEY)), {}, state)) paragraphs.push(paragraph);
    }
    return { paragraphs, inNewParagraph };
  }
}
