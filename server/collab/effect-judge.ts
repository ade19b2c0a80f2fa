// Judges what an update DID, once applied, rather than what its structs seem to say: where Yjs
// actually placed each new character (an insert whose only anchor is a right origin inside a
// bracket lands inside it), which attributes really changed (a removed id is a change), what
// disappeared with a deleted element (an agreed sub-paragraph inside a list). It reads one
// transaction of the room's doc from inside `afterTransaction`, before Yjs merges or collects
// anything, so every item there is either wholly new or wholly old, wholly deleted by the
// transaction or not. The room undoes what this finds (judged-apply.ts).
/* eslint-disable @typescript-eslint/no-explicit-any -- Yjs types its shared types with any */
import * as Y from "yjs";
import { isXmlSafe } from "../../lib/text/xml-safe";
import { DRAFT_FIELD, LOCKED_STATUSES, STATUS_KEYS } from "../../lib/editor/extensions";
import { before, type Visible } from "./block-content";
import { insertedRuns, paragraphText, touchesProtectedWords } from "./bracket-words-guard";
import { BRACKET_WORDS_REASON, othersHolds, protectedWords } from "../../lib/negotiation/protected-brackets";
import type { CollabUser } from "./collab-connection";
import { isNumberingRoot, mayRenumber, NUMBERING_REASON } from "./numbering-guard";

export const LOCKED_REASON = "the paragraph is agreed and locked";
export const STATUS_REASON = "only the chair sets paragraph status";
export const ID_REASON = "a paragraph keeps its id";
export const KIND_REASON = "only the chair or the secretariat changes whether a paragraph is preambular or operative";
export const CHARACTERS_REASON = "the text may not contain control characters";
export const FOREIGN_CONTENT_REASON = "a draft holds only text and paragraphs";
/** A long article of a charter runs to a few thousand characters; ten times that is not a paragraph. */
export const MAX_PARAGRAPH_CHARACTERS = 30_000;
/** Enough to paste a whole draft in one go (the demo's longest is about 40,000 characters). */
export const MAX_UPDATE_CHARACTERS = 300_000;
export const PARAGRAPH_SIZE_REASON = `a paragraph may hold at most ${MAX_PARAGRAPH_CHARACTERS.toLocaleString("en")} characters`;
export const UPDATE_SIZE_REASON = `one change may add at most ${MAX_UPDATE_CHARACTERS.toLocaleString("en")} characters`;

export interface Verdict {
  /** Elements (paragraphs, sub-paragraphs, lists) whose changes by this update are undone. */
  undo: Set<Y.AbstractType<any>>;
  /** Undo the whole update: a refused change deleted or created a top-level element. */
  whole: boolean;
  reasons: string[];
}

export const emptyVerdict = (): Verdict => ({ undo: new Set(), whole: false, reasons: [] });

export const refuses = (verdict: Verdict) => verdict.whole || verdict.undo.size > 0;

type Sender = Pick<CollabUser, "role"> & Partial<Pick<CollabUser, "memberStateCode">>;

const isParagraphLike = (type: unknown): type is Y.XmlElement =>
  type instanceof Y.XmlElement && (type.nodeName === "paragraph" || type.nodeName === "heading");

export function judgeTransaction(tr: Y.Transaction, sender: Sender): Verdict {
  return new Judgement(tr, sender).run();
}

class Judgement {
  private readonly verdict = emptyVerdict();
  private readonly fragment: Y.AbstractType<any>;
  private readonly chair: boolean;
  /** What stood before the transaction (block-content.ts). */
  private readonly visibleBefore: Visible;

  constructor(
    private readonly tr: Y.Transaction,
    private readonly sender: Sender,
  ) {
    this.fragment = tr.doc.getXmlFragment(DRAFT_FIELD);
    this.chair = sender.role === "CHAIR";
    this.visibleBefore = before(tr);
  }

  run(): Verdict {
    this.judgeNewItems();
    if (!this.chair) {
      this.judgeChangedTypes();
      this.judgeDeletedElements();
    }
    return this.verdict;
  }

  // --- what the transaction knows --------------------------------------------------------

  private existedBefore(item: Y.Item): boolean {
    return item.id.clock < (this.tr.beforeState.get(item.id.client) ?? 0);
  }

  /** An attribute's value as it stood before the transaction (undefined: not set). */
  private valueBefore(type: Y.AbstractType<any>, key: string): unknown {
    for (let item = type._map.get(key) ?? null; item; item = item.left) {
      if (this.visibleBefore(item)) {
        const content = item.content.getContent();
        return content[content.length - 1];
      }
    }
    return undefined;
  }

  private isNew(type: Y.AbstractType<any>): boolean {
    return type._item !== null && !this.existedBefore(type._item);
  }

  private lockedBefore(element: Y.AbstractType<any>): boolean {
    return (
      element instanceof Y.XmlElement &&
      !this.isNew(element) &&
      LOCKED_STATUSES.has(String(this.valueBefore(element, "status") ?? "open"))
    );
  }

  // --- refusing ----------------------------------------------------------------------------

  private reason(reason: string): void {
    if (!this.verdict.reasons.includes(reason)) this.verdict.reasons.push(reason);
  }

  /**
   * Undo this update's changes in the nearest paragraph around `type` (or its list); when that
   * element is itself created or deleted by the update, in what holds it; at the top, everything.
   */
  private refuse(type: Y.AbstractType<any>, reason: string): void {
    this.reason(reason);
    let root = type;
    while (root._item) root = root._item.parent as Y.AbstractType<any>;
    if (root !== this.fragment) {
      this.verdict.undo.add(root); // the numbering base: undone as one
      return;
    }
    let unit: Y.AbstractType<any> | null = type;
    while (unit && unit !== this.fragment && !isParagraphLike(unit) && unit._item?.parent !== this.fragment)
      unit = unit._item ? (unit._item.parent as Y.AbstractType<any>) : null;
    while (unit && unit !== this.fragment && unit._item && (unit._item.deleted || this.isNew(unit)))
      unit = unit._item.parent as Y.AbstractType<any>;
    if (!unit || unit === this.fragment || unit._item === null) {
      this.verdict.whole = true;
      return;
    }
    this.verdict.undo.add(unit);
  }

  // --- the rules ---------------------------------------------------------------------------

  /** Characters documents cannot carry, oversized text, foreign content, paragraphs born agreed. */
  private judgeNewItems(): void {
    let added = 0;
    const grown = new Set<Y.AbstractType<any>>();
    this.tr.afterState.forEach((after, client) => {
      const before = this.tr.beforeState.get(client) ?? 0;
      if (after <= before) return;
      const structs = this.tr.doc.store.clients.get(client)!;
      for (let index = Y.findIndexSS(structs, before); index < structs.length; index += 1) {
        const item = structs[index];
        if (!(item instanceof Y.Item)) continue;
        const parent = item.parent as Y.AbstractType<any>;
        const content = item.content;
        if (content instanceof Y.ContentString) {
          if (item.deleted) continue; // typed and deleted in one go: nothing stands
          added += content.str.length;
          if (!isXmlSafe(content.str)) this.refuse(parent, CHARACTERS_REASON);
          grown.add(this.topOf(parent));
        } else if (content instanceof Y.ContentAny || content instanceof Y.ContentFormat) {
          const values = content instanceof Y.ContentAny ? content.arr : [content.key, content.value];
          if (values.some((value) => !isXmlSafe(typeof value === "string" ? value : JSON.stringify(value ?? null))))
            this.refuse(parent, CHARACTERS_REASON);
          if (
            !this.chair &&
            item.parentSub !== null &&
            STATUS_KEYS.has(item.parentSub) &&
            this.isNew(parent) &&
            content instanceof Y.ContentAny &&
            content.arr[0] !== null &&
            content.arr[0] !== "open"
          )
            this.refuse(parent, STATUS_REASON); // a paragraph born agreed would skip the chair
        } else if (content instanceof Y.ContentDoc || content instanceof Y.ContentBinary) {
          this.refuse(parent, FOREIGN_CONTENT_REASON);
        }
      }
    });
    if (added > MAX_UPDATE_CHARACTERS) {
      this.verdict.whole = true;
      this.reason(UPDATE_SIZE_REASON);
    }
    for (const top of grown) if (top !== this.fragment) this.judgeSize(top);
  }

  private topOf(type: Y.AbstractType<any>): Y.AbstractType<any> {
    let current = type;
    while (current._item && current._item.parent !== this.fragment)
      current = current._item.parent as Y.AbstractType<any>;
    return current._item ? current : this.fragment;
  }

  /** Every paragraph in `top` within the size limit. */
  private judgeSize(top: Y.AbstractType<any>): void {
    const visit = (element: Y.AbstractType<any>) => {
      let length = 0;
      for (const child of (element as Y.XmlElement).toArray()) {
        if (child instanceof Y.XmlText) length += child.length;
        else if (child instanceof Y.XmlElement) visit(child);
      }
      if (length > MAX_PARAGRAPH_CHARACTERS) this.refuse(element, PARAGRAPH_SIZE_REASON);
    };
    if (top instanceof Y.XmlElement) visit(top);
  }

  /** Changes inside existing types: locks, status, ids, kinds, brackets of other states, numbering. */
  private judgeChangedTypes(): void {
    const textsOf = new Set<Y.XmlElement>();
    this.tr.changed.forEach((keys, type) => {
      if (type === this.fragment) return; // paragraphs added or removed: judgeDeletedElements
      if (isNumberingRoot(this.tr.doc, type)) {
        if (!mayRenumber(this.sender)) this.refuse(type, NUMBERING_REASON);
        return;
      }
      if (this.underLock(type)) {
        this.refuse(type, LOCKED_REASON);
        return;
      }
      if (type instanceof Y.XmlElement) {
        for (const key of keys) if (key !== null) this.judgeAttribute(type, key);
        if (keys.has(null) && type.nodeName === "paragraph") textsOf.add(type); // a text child added or removed
      } else if (type instanceof Y.XmlText && isParagraphLike(type.parent) && type.parent.nodeName === "paragraph") {
        textsOf.add(type.parent);
      }
    });
    if (this.sender.role === "DELEGATE") for (const paragraph of textsOf) this.judgeBracketWords(paragraph);
  }

  /** `type`, or an element it is in, was agreed (or ad ref) before this update. */
  private underLock(type: Y.AbstractType<any>): boolean {
    for (let current: Y.AbstractType<any> | null = type; current && current !== this.fragment;) {
      if (this.lockedBefore(current)) return true;
      current = current._item ? (current._item.parent as Y.AbstractType<any>) : null;
    }
    return false;
  }

  private judgeAttribute(element: Y.XmlElement, key: string): void {
    const before = this.valueBefore(element, key);
    const after = element.getAttribute(key);
    if (before === after) return;
    if (STATUS_KEYS.has(key)) this.refuse(element, STATUS_REASON);
    else if (key === "pid" && !mayRenumber(this.sender) && before !== undefined && before !== null && before !== "") {
      // Comments, statuses and numbers follow the id: fixed once given, unless a copy holds it too.
      if (!this.heldElsewhere(element, before)) this.refuse(element, ID_REASON);
    } else if (key === "kind" && !mayRenumber(this.sender)) this.refuse(element, KIND_REASON);
  }

  private heldElsewhere(element: Y.XmlElement, pid: unknown): boolean {
    let found = false;
    const visit = (parent: Y.AbstractType<any>) => {
      for (const child of (parent as Y.XmlElement).toArray()) {
        if (found || !(child instanceof Y.XmlElement)) continue;
        if (child !== element && child.getAttribute("pid") === pid) found = true;
        else visit(child);
      }
    };
    visit(this.fragment);
    return found;
  }

  /**
   * Elements the update deleted: agreed ones, or ones holding agreed sub-paragraphs, stay; a
   * paragraph with words other states hold may go whole, not merge into another or move.
   */
  private judgeDeletedElements(): void {
    const heldWordsGone: string[] = [];
    let heldIn: Y.XmlElement | null = null;
    Y.iterateDeletedStructs(this.tr, this.tr.deleteSet, (struct) => {
      if (!(struct instanceof Y.Item) || !(struct.content instanceof Y.ContentType)) return;
      const element = struct.content.type;
      if (!this.existedBefore(struct)) return;
      if (this.lockedBefore(element)) this.refuse(element, LOCKED_REASON);
      else if (this.sender.role === "DELEGATE" && element instanceof Y.XmlElement && element.nodeName === "paragraph") {
        const held = othersHolds(this.valueBefore(element, "holds"), this.sender.memberStateCode ?? null);
        const words = held ? protectedWords(paragraphText(element, this.visibleBefore), held) : [];
        if (words.length === 0) return;
        heldIn = element;
        heldWordsGone.push(...words);
      }
    });
    if (heldIn === null) return;
    // Joining such a paragraph to its neighbour (Backspace at its start, or deleting from the
    // paragraph above into it) deletes it and types what is left of it into the other one, where
    // nobody holds its words; a cut and paste in one go takes them anywhere.
    const runs = insertedRuns(this.tr, (item) => !this.existedBefore(item));
    if (runs.some((run) => run.intoStanding || heldWordsGone.some((words) => run.text.includes(words))))
      this.refuse(heldIn, BRACKET_WORDS_REASON);
  }

  /**
   * The words of a bracket another state holds, as the paragraph read before the update: no new
   * character lands inside, none of them is deleted. Deleting the whole paragraph is another
   * act (it shows as "OP7 [deleted]"), and so is never judged here.
   */
  private judgeBracketWords(paragraph: Y.XmlElement): void {
    if (paragraph._item?.deleted) return;
    const held = othersHolds(this.valueBefore(paragraph, "holds"), this.sender.memberStateCode ?? null);
    if (!held) return;
    const touched = touchesProtectedWords(paragraph, this.visibleBefore, held);
    if (touched) this.refuse(paragraph, BRACKET_WORDS_REASON);
  }
}
