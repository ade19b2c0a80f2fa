// Who inserted and who deleted each word of a comparison, by delegation: every character of a
// Yjs text is an item written under a client id, bound to the person who first wrote with it
// (DocumentClient, server/collab/client-owners.ts), and every deletion is kept with its author
// (DocumentDeletion, taken from the log by compaction; rows not yet folded are read here), and
// when each item was written (DocumentInsertion, likewise).
import * as Y from "yjs";
import type { TextComparison } from "../../lib/revisions";
import type { WordAuthor, WordDiff } from "../../lib/revisions/word-diff";
import { DRAFT_FIELD } from "../../lib/editor/extensions";
import type { Database } from "../db/client";
import { delegationOf } from "../../lib/auth/delegation";
import { deletedRanges, insertedRanges } from "./update-ranges";
import { RangeIndex } from "./range-index";

export class Authorship {
  constructor(
    /** Who writes under each client id. */
    private readonly inserters: Map<number, WordAuthor>,
    /** Who deleted which items, and when. */
    private readonly deletions: RangeIndex<WordAuthor>,
    /** When items were written (ISO times). */
    private readonly written: RangeIndex<string> = new RangeIndex(),
  ) {}

  insertedBy(id: Y.ID): WordAuthor | null {
    const author = this.inserters.get(id.client);
    if (!author) return null;
    const at = this.written.find(id);
    return at ? { ...author, at } : author;
  }

  /** The first deletion recorded of the item (an item is deleted once; a later one repeats it). */
  deletedBy(id: Y.ID): WordAuthor | null {
    return this.deletions.find(id);
  }
}

export async function loadAuthorship(db: Database, documentId: string): Promise<Authorship> {
  const [clients, kept, times, log] = await Promise.all([
    db.documentClient.findMany({ where: { documentId }, select: { clientId: true, userId: true, delegation: true } }),
    db.documentDeletion.findMany({
      where: { documentId },
      select: { clientId: true, clock: true, length: true, userId: true, delegation: true, createdAt: true },
      orderBy: { id: "asc" },
    }),
    db.documentInsertion.findMany({
      where: { documentId },
      select: { clientId: true, clock: true, length: true, createdAt: true },
      orderBy: { id: "asc" },
    }),
    db.documentUpdate.findMany({
      where: { documentId, userId: { not: null } },
      select: { update: true, userId: true, createdAt: true },
      orderBy: { id: "asc" },
    }),
  ]);
  const people = new Set([...clients, ...kept, ...log].map((row) => row.userId!));
  const users = await db.user.findMany({
    where: { id: { in: [...people] } },
    select: { id: true, name: true, role: true, memberStateCode: true },
  });
  const byId = new Map(users.map((user) => [user.id, user]));
  const author = (userId: string, delegation?: string, at?: Date): WordAuthor => {
    const user = byId.get(userId);
    return {
      delegation: delegation ?? (user ? (delegationOf(user) ?? user.role) : "UNKNOWN"),
      name: user?.name ?? "Unknown",
      ...(at ? { at: at.toISOString() } : {}),
    };
  };

  const inserters = new Map(clients.map((row) => [Number(row.clientId), author(row.userId, row.delegation)]));
  const deletions = new RangeIndex<WordAuthor>();
  const written = new RangeIndex<string>();
  for (const row of kept)
    deletions.add(Number(row.clientId), row.clock, row.length, author(row.userId, row.delegation, row.createdAt));
  for (const row of times) written.add(Number(row.clientId), row.clock, row.length, row.createdAt.toISOString());
  for (const row of log) {
    const by = author(row.userId!, undefined, row.createdAt);
    for (const range of deletedRanges(row.update)) deletions.add(range.clientId, range.clock, range.length, by);
    for (const range of insertedRanges(row.update))
      written.add(range.clientId, range.clock, range.length, row.createdAt.toISOString());
  }
  return new Authorship(inserters, deletions, written);
}

/**
 * A paragraph's text (a hard break is one "\n") and where each of its items begins in it: the
 * item of any character is found by a binary search, without an id per character.
 */
export interface ParagraphItems {
  text: string;
  /** Offsets in `text` where each item begins, ascending, and the id of the item's first character. */
  starts: number[];
  ids: Y.ID[];
}

/** The items of each paragraph's text, by paragraph id. */
export function characterItems(doc: Y.Doc): Map<string, ParagraphItems> {
  const found = new Map<string, ParagraphItems>();
  const visit = (element: Y.XmlElement | Y.XmlFragment) => {
    for (const child of element.toArray()) {
      if (!(child instanceof Y.XmlElement)) continue;
      const pid = child.getAttribute("pid");
      if ((child.nodeName === "paragraph" || child.nodeName === "heading") && typeof pid === "string") {
        if (!found.has(pid)) found.set(pid, paragraphItems(child));
      } else visit(child);
    }
  };
  visit(doc.getXmlFragment(DRAFT_FIELD));
  return found;
}

function paragraphItems(paragraph: Y.XmlElement): ParagraphItems {
  const pieces: string[] = [];
  const starts: number[] = [];
  const ids: Y.ID[] = [];
  let length = 0;
  const add = (text: string, id: Y.ID) => {
    pieces.push(text);
    starts.push(length);
    ids.push(id);
    length += text.length;
  };
  for (let child = paragraph._start; child; child = child.right) {
    if (child.deleted || !(child.content instanceof Y.ContentType)) continue;
    const type = child.content.type;
    if (type instanceof Y.XmlElement) add("\n", child.id);
    else if (type instanceof Y.XmlText)
      for (let item = type._start; item; item = item.right)
        if (!item.deleted && item.content instanceof Y.ContentString) add(item.content.str, item.id);
  }
  return { text: pieces.join(""), starts, ids };
}

/** The id of the character at `offset` of the paragraph. */
function idAt(items: ParagraphItems, offset: number): Y.ID | null {
  let [low, high] = [0, items.starts.length - 1];
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (items.starts[middle]! <= offset) low = middle;
    else high = middle - 1;
  }
  const first = items.ids[low];
  return first ? Y.createID(first.client, first.clock + (offset - items.starts[low]!)) : null;
}

/** The first non-blank character's item among `[from, to)` of the paragraph, else the first. */
function representative(items: ParagraphItems, from: number, to: number): Y.ID | null {
  for (let at = from; at < to; at += 1) if (items.text[at]?.trim()) return idAt(items, at);
  return from < items.text.length ? idAt(items, from) : null;
}

type Items = ParagraphItems | undefined;

/**
 * Marks the inserted and deleted runs of one paragraph's `words` (from `oldText` to `newText`)
 * with who made them: an insertion by who wrote its words (`now`: the paragraph's items in the
 * newer document), a deletion by who deleted them (`old`: in the older one). A side whose text
 * does not read back the same from its document (an export-cleaned text view) is left unmarked.
 */
export function attributeWords(
  words: WordDiff[],
  before: { text: string; items: Items },
  after: { text: string; items: Items },
  authorship: Authorship,
): void {
  const old = before.items?.text === before.text ? before.items : undefined;
  const now = after.items?.text === after.text ? after.items : undefined;
  let [oldAt, newAt] = [0, 0];
  for (const word of words) {
    const length = word.text.length;
    if (word.op === "insert") {
      const id = now ? representative(now, newAt, newAt + length) : null;
      const by = id && authorship.insertedBy(id);
      if (by) word.by = by;
      newAt += length;
    } else if (word.op === "delete") {
      const id = old ? representative(old, oldAt, oldAt + length) : null;
      const by = id && authorship.deletedBy(id);
      if (by) word.by = by;
      oldAt += length;
    } else {
      oldAt += length;
      newAt += length;
    }
  }
}

/** Every inserted and deleted run of `comparison`, marked with who made it (attributeWords). */
export function attributeComparison(comparison: TextComparison, from: Y.Doc, to: Y.Doc, authorship: Authorship): void {
  const [before, after] = [characterItems(from), characterItems(to)];
  for (const row of comparison.paragraphs)
    attributeWords(
      row.words,
      { text: row.before?.text ?? "", items: before.get(row.id) },
      { text: row.after?.text ?? "", items: after.get(row.id) },
      authorship,
    );
}
