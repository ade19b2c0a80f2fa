// A draft as data for scripts and other systems (GET /api/documents/{id}): its metadata and its
// paragraphs in order, each with the number everyone in the room uses, its status, and what
// still stands between it and agreement. Read from the live text as stored in Postgres (the
// same state every editor converges to) and derived with lib/negotiation, so the API, the
// editor and the exports never disagree about a number or a status.
import { textViewOfDoc } from "../../lib/draft/text-view-of-doc";
import type { TextView } from "../../lib/draft/paragraph-views";
import type { SessionUser } from "../../lib/auth/session-user";
import { loadDocument } from "../collab/load-document";
import type { Database } from "../db/client";
import { getDocument, type DocumentWithText } from "./get-document";

export interface DraftView extends Omit<DocumentWithText, "content">, TextView {}

export async function readDraft(db: Database, user: SessionUser, documentId: string): Promise<DraftView> {
  const document: Partial<DocumentWithText> = await getDocument(db, user, documentId);
  delete document.content; // the text as tabled; the view below is the live one
  const metadata = document as Omit<DocumentWithText, "content">;
  const { doc } = await loadDocument(db, metadata.id);
  try {
    return { ...metadata, ...textViewOfDoc(doc) };
  } finally {
    doc.destroy();
  }
}
