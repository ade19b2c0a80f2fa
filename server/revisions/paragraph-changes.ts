// Who changed a paragraph's words between two entries of its history (paragraph-history.ts):
// the words that differ from the entry before, each inserted and deleted run marked with the
// delegation that made it (attribution.ts), read from the two texts as Yjs documents.
import * as Y from "yjs";
import { diffWords, type WordDiff } from "../../lib/revisions";
import type { Database } from "../db/client";
import { loadDocument } from "../collab/load-document";
import { attributeWords, characterItems, loadAuthorship, type ParagraphItems } from "./attribution";

interface Entry {
  revisionId: string | null;
  paragraph: { text: string } | null;
  /** The words since the entry before, attributed; absent where the words did not change. */
  changes?: WordDiff[];
}

/** Sets `changes` on every entry whose words differ from the entry before it. */
export async function markParagraphChanges(
  db: Database,
  documentId: string,
  paragraphId: string,
  entries: Entry[],
): Promise<void> {
  const changed = entries.flatMap((entry, index) => {
    const previous = entries[index - 1];
    return previous?.paragraph && entry.paragraph && previous.paragraph.text !== entry.paragraph.text
      ? [{ previous, entry }]
      : [];
  });
  if (changed.length === 0) return;
  const wanted = new Set(changed.flatMap(({ previous, entry }) => [previous.revisionId, entry.revisionId]));
  const [authorship, items] = await Promise.all([
    loadAuthorship(db, documentId),
    paragraphItemsAt(db, documentId, paragraphId, wanted),
  ]);
  for (const { previous, entry } of changed) {
    const words = diffWords(previous.paragraph!.text, entry.paragraph!.text);
    attributeWords(
      words,
      { text: previous.paragraph!.text, items: items.get(previous.revisionId) },
      { text: entry.paragraph!.text, items: items.get(entry.revisionId) },
      authorship,
    );
    entry.changes = words;
  }
}

/** The paragraph's characters and their items at each revision asked for (null: the live text). */
async function paragraphItemsAt(db: Database, documentId: string, paragraphId: string, revisions: Set<string | null>) {
  const found = new Map<string | null, ParagraphItems>();
  const ids = [...revisions].filter((id): id is string => id !== null);
  const rows = await db.revision.findMany({ where: { id: { in: ids } }, select: { id: true, state: true } });
  const read = (key: string | null, doc: Y.Doc) => {
    const paragraph = characterItems(doc).get(paragraphId);
    if (paragraph) found.set(key, paragraph);
    doc.destroy();
  };
  for (const row of rows) {
    const doc = new Y.Doc();
    Y.applyUpdate(doc, row.state);
    read(row.id, doc);
  }
  if (revisions.has(null)) read(null, (await loadDocument(db, documentId)).doc);
  return found;
}
