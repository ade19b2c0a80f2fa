// What the export tests build their texts from: a paragraph as the text view gives it (kind
// from its number) and the heading of a draft.
import type { ParagraphView } from "../../lib/draft/paragraph-views";
import type { SessionUser } from "../../lib/auth/session-user";
import type { Database } from "../db/client";
import type { ExportInput } from "./export-document";
import { exportDraft, type ExportRequest } from "./export-draft";

export const p = (
  id: string,
  number: string | null,
  text: string,
  more: Partial<ParagraphView> = {},
): ParagraphView => ({
  id,
  number,
  kind: number?.startsWith("PP") ? "preambular" : "operative",
  level: 0,
  status: "open",
  text,
  brackets: [],
  alternatives: [],
  lock: null,
  ...more,
});

export const heading: ExportInput["heading"] = {
  title: "Statement",
  symbol: "CICA/SWG/2022/3",
  date: "2022-10-13",
  revision: null,
  language: "en",
  against: null,
};

/** An export as the route asks for it, every parameter absent unless given. */
export const exportAs = (db: Database, user: SessionUser, draftId: string, request: Partial<ExportRequest>) =>
  exportDraft(db, user, draftId, { format: null, variant: null, at: null, against: null, draft: null, ...request });
