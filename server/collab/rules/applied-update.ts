// What an update DID, once applied on trial to the room's doc, for every rule's judgement
// (judge-effect.ts): where Yjs actually placed each new character (an insert whose only anchor
// is a right origin inside a bracket lands inside it), which attributes really changed (a
// removed id is a change), what disappeared with a deleted element (an agreed sub-paragraph
// inside a list). Read from inside `afterTransaction`, before Yjs merges or collects anything,
// so every item is either wholly new or wholly old, wholly deleted by the transaction or not.
/* eslint-disable @typescript-eslint/no-explicit-any -- Yjs types its shared types with any */
import * as Y from "yjs";
import { isLocked } from "../../../lib/draft/status";
import { DRAFT_FIELD } from "../../../lib/editor/extensions";
import { before, type Visible } from "../block-content";
import { isNumberingRoot } from "../numbering-root";

/** A type of the text the transaction changed: its changed attribute keys (null: its content). */
export interface ChangedType {
  type: Y.AbstractType<any>;
  keys: Set<string | null>;
  /** It, or an element it is in, was agreed (or ad ref) before the transaction. */
  locked: boolean;
}

export const isParagraphLike = (type: unknown): type is Y.XmlElement =>
  type instanceof Y.XmlElement && (type.nodeName === "paragraph" || type.nodeName === "heading");

export class AppliedUpdate {
  readonly fragment: Y.AbstractType<any>;
  /** What stood before the transaction (block-content.ts). */
  readonly visibleBefore: Visible;
  private changedTypes: ChangedType[] | null = null;

  constructor(readonly tr: Y.Transaction) {
    this.fragment = tr.doc.getXmlFragment(DRAFT_FIELD);
    this.visibleBefore = before(tr);
  }

  existedBefore(item: Y.Item): boolean {
    return item.id.clock < (this.tr.beforeState.get(item.id.client) ?? 0);
  }

  isNew(type: Y.AbstractType<any>): boolean {
    return type._item !== null && !this.existedBefore(type._item);
  }

  /** An attribute's value as it stood before the transaction (undefined: not set). */
  valueBefore(type: Y.AbstractType<any>, key: string): unknown {
    for (let item = type._map.get(key) ?? null; item; item = item.left) {
      if (this.visibleBefore(item)) {
        const content = item.content.getContent();
        return content[content.length - 1];
      }
    }
    return undefined;
  }

  lockedBefore(element: Y.AbstractType<any>): boolean {
    return element instanceof Y.XmlElement && !this.isNew(element) && isLocked(this.valueBefore(element, "status"));
  }

  /** `type`, or an element it is in, was agreed (or ad ref) before this update. */
  underLock(type: Y.AbstractType<any>): boolean {
    for (let current: Y.AbstractType<any> | null = type; current && current !== this.fragment;) {
      if (this.lockedBefore(current)) return true;
      current = current._item ? (current._item.parent as Y.AbstractType<any>) : null;
    }
    return false;
  }

  /** The top-level element `type` is in (the text itself for the text). */
  topOf(type: Y.AbstractType<any>): Y.AbstractType<any> {
    let current = type;
    while (current._item && current._item.parent !== this.fragment)
      current = current._item.parent as Y.AbstractType<any>;
    return current._item ? current : this.fragment;
  }

  /** The items the transaction created, client by client. */
  *newItems(): Iterable<Y.Item> {
    for (const [client, after] of this.tr.afterState) {
      const start = this.tr.beforeState.get(client) ?? 0;
      if (after <= start) continue;
      const structs = this.tr.doc.store.clients.get(client)!;
      for (let index = Y.findIndexSS(structs, start); index < structs.length; index += 1) {
        const item = structs[index];
        if (item instanceof Y.Item) yield item;
      }
    }
  }

  /** Whether the transaction changed the numbering base. */
  changedNumbering(): Y.AbstractType<any> | null {
    for (const type of this.tr.changed.keys()) if (isNumberingRoot(this.tr.doc, type)) return type;
    return null;
  }

  /** The types of the text the transaction changed, the text itself aside (see deletedElements). */
  changed(): readonly ChangedType[] {
    if (this.changedTypes) return this.changedTypes;
    const found: ChangedType[] = [];
    this.tr.changed.forEach((keys, type) => {
      if (type === this.fragment || isNumberingRoot(this.tr.doc, type)) return;
      found.push({ type, keys, locked: this.underLock(type) });
    });
    this.changedTypes = found;
    return found;
  }

  /** Elements that existed before and that the transaction deleted. */
  deletedElements(): Y.AbstractType<any>[] {
    const found: Y.AbstractType<any>[] = [];
    Y.iterateDeletedStructs(this.tr, this.tr.deleteSet, (struct) => {
      if (struct instanceof Y.Item && struct.content instanceof Y.ContentType && this.existedBefore(struct))
        found.push(struct.content.type);
    });
    return found;
  }
}
