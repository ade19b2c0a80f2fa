// The drafts API: what each request must hold (parsed at the route's edge) and what it answers.
//
//   GET  /api/documents                          → DocumentListItem[]
//   GET  /api/documents/{id}                     → the draft and its paragraphs (readDraft)
//   POST /api/documents/{id}/collab-token        → CollabTicket
//   POST /api/documents/{id}/renumbering         RenumberingBody → 204
//   GET  /api/documents/{id}/status-history      ?paragraph=<pid> → StatusHistoryEntry[]
import { z } from "zod";

export interface DocumentListItem {
  id: string;
  title: string;
  /** The current symbol: the tabled one, followed by "/Rev.N" once revisions are issued. */
  symbol: string;
  /** N of the last issued revision, null before the first. */
  revision: number | null;
  kind: string;
  stage: string;
  /**
   * The draft's last change: the last stored change of its live text, or the last revision issued,
   * whichever is later (server/documents/last-change.ts); when tabled, if nothing happened since.
   */
  updatedAt: string;
}

/** A short-lived ticket to the draft's live text, for a y-websocket client. */
export interface CollabTicket {
  url: string;
  room: string;
  field: string;
  params: { token: string };
  expiresAt: string;
  canEdit: boolean;
}

const RENUMBERING = "A renumbering is { table: [{ id, old, new }] }.";

/** The old → new table of a renumbering done in the live text, for the audit log. */
export const renumberingBody = z.object(
  {
    table: z
      .array(
        z.object(
          {
            id: z.string(RENUMBERING).min(1, RENUMBERING).max(64, RENUMBERING),
            old: z.string(RENUMBERING).max(64, RENUMBERING),
            new: z.string(RENUMBERING).max(64, RENUMBERING).nullable(),
          },
          RENUMBERING,
        ),
        RENUMBERING,
      )
      .max(5_000, RENUMBERING),
  },
  RENUMBERING,
);
export type RenumberingBody = z.output<typeof renumberingBody>;

export const statusHistoryQuery = z.object({ paragraph: z.string().optional() });

export interface StatusHistoryEntry {
  id: string;
  /** The paragraph's stable id (`pid`). */
  paragraphId: string;
  from: string;
  to: string;
  adRef: { states: string[]; deadline: string | null } | null;
  by: { id: string; name: string; role: string };
  at: string;
}
