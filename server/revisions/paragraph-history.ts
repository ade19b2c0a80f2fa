// One paragraph through the draft's history: its text, status and number at each issued
// revision (and, when asked, at each checkpoint), then in the live text. Followed by its stable
// id, so a paragraph that moved or was renumbered is still itself. Postgres picks the paragraph
// out of each stored text, so a long history is not read whole; where its words changed, the
// change is marked with who made it (paragraph-changes.ts).
import { InvalidInputError } from "../../lib/api/errors";
import { NOT_A_PARAGRAPH_ID, PARAGRAPH_ID, type ParagraphHistoryEntry } from "../../lib/api/revisions";
import type { ParagraphView } from "../../lib/draft/paragraph-views";
import type { SessionUser } from "../../lib/auth/session-user";
import type { Database } from "../db/client";
import { readDraft } from "../documents/read-draft-paragraphs";
import { markParagraphChanges } from "./paragraph-changes";

interface Row {
  id: string;
  kind: "REVISION" | "CHECKPOINT";
  number: number | null;
  createdAt: Date;
  paragraph: ParagraphView | null;
}

export async function paragraphHistory(
  db: Database,
  user: SessionUser,
  documentId: string,
  paragraphId: string,
  options: { checkpoints?: boolean } = {},
): Promise<ParagraphHistoryEntry[]> {
  // The route's params schema refuses this too; the paragraph page passes its path as it is.
  if (!PARAGRAPH_ID.test(paragraphId)) throw new InvalidInputError(NOT_A_PARAGRAPH_ID);
  const live = await readDraft(db, user, documentId); // also: may this user read this draft?
  const kinds = options.checkpoints ? ["REVISION", "CHECKPOINT"] : ["REVISION"];
  const rows = await db.$queryRaw<Row[]>`
    SELECT id, kind::text AS kind, number, "createdAt",
           jsonb_path_query_first(text, '$.paragraphs[*] ? (@.id == $pid)', jsonb_build_object('pid', ${paragraphId}::text)) AS paragraph
    FROM "Revision"
    WHERE "documentId" = ${documentId}::uuid AND kind::text = ANY(${kinds})
    ORDER BY "createdAt", id`;
  const pick = (paragraph: ParagraphView | null | undefined): ParagraphHistoryEntry["paragraph"] =>
    paragraph
      ? {
          number: paragraph.number,
          status: paragraph.status,
          text: paragraph.text,
          brackets: paragraph.brackets,
          alternatives: paragraph.alternatives,
          lock: paragraph.lock,
        }
      : null;
  const entries: ParagraphHistoryEntry[] = [
    ...rows.map((row) => ({
      name: row.kind === "REVISION" ? `Rev.${row.number}` : "Checkpoint",
      revisionId: row.id,
      at: row.createdAt.toISOString(),
      paragraph: pick(row.paragraph),
    })),
    {
      name: "Live text",
      revisionId: null,
      at: new Date().toISOString(),
      paragraph: pick(live.paragraphs.find((paragraph) => paragraph.id === paragraphId)),
    },
  ];
  await markParagraphChanges(db, documentId, paragraphId, entries);
  return entries;
}
