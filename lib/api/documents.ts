// The drafts API: what each request must hold (parsed at the route's edge) and what it answers.
//
//   GET  /api/documents                          → DocumentListItem[]
//   POST /api/documents                          CreateDocumentBody (JSON) → 201 the draft (as GET {id})
//                                                multipart: file (.docx) + the same fields → 201 the draft
//                                                ?preview=1 with a file → 200 ImportPreview, nothing created
//   GET  /api/documents/{id}                     → the draft and its paragraphs (readDraft)
//   PATCH /api/documents/{id}                    UpdateDraftBody → 200 the draft as GET answers it
//   POST /api/documents/{id}/collab-token        → CollabTicket
//   POST /api/documents/{id}/renumbering         RenumberingBody → 204
//   GET  /api/documents/{id}/status-history      ?paragraph=<pid> → StatusHistoryEntry[]
import { z } from "zod";
import { markSchema, symbolSchema } from "../draft/content";

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

/** A draft's life, as GET /api/documents/{id} gives it beside its text (ISO times, or null). */
export interface DraftLifecycle {
  /** The meeting it is negotiated at, as the secretariat wrote it. */
  meeting: string | null;
  /** Closed: read-only for everyone, until the secretariat reopens it. */
  closedAt: string | null;
  /** Archived: out of the drafts list, still readable under "Archived". */
  archivedAt: string | null;
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

// ---------------------------------------------------------------------------------------------
// Creating a draft: empty, or imported from a Word document.

export const DOCUMENT_KINDS = ["CHARTER", "PLAN_OF_ACTION", "REGULATIONS", "STATEMENT", "CONCEPT_PAPER"] as const;
export const DOCUMENT_STAGES = ["DRAFTING", "SWG", "SOC", "ADOPTED"] as const;

const KIND = `A draft's kind is one of ${DOCUMENT_KINDS.join(", ")}.`;
const STAGE = `A draft's stage is one of ${DOCUMENT_STAGES.join(", ")}.`;

/**
 * A new draft's particulars (JSON, or the fields of a multipart import beside its `file`). The
 * symbol defaults to the next one of the forum's pattern; the language to the forum's first.
 * An import may leave the title out: the document's own title is taken.
 */
export const createDocumentBody = z.object({
  title: z
    .string("A draft needs a title.")
    .trim()
    .min(1, "A draft needs a title.")
    .max(300, "A title is at most 300 characters.")
    .optional(),
  symbol: symbolSchema.optional(),
  kind: z.enum(DOCUMENT_KINDS, KIND),
  stage: z.enum(DOCUMENT_STAGES, STAGE),
  language: z
    .string()
    .regex(/^[a-z]{2,3}$/, "A language is an ISO 639-1 code such as en or ru.")
    .optional(),
  meeting: z.string().trim().max(200, "A meeting is at most 200 characters.").optional(),
});
export type CreateDocumentBody = z.output<typeof createDocumentBody>;

export const createDocumentQuery = z.object({ preview: z.enum(["1", "true"]).optional() });

/** A paragraph of an import's preview, numbered as Concord will number it. */
export interface ImportPreviewParagraph {
  /** "PP1", "OP3 (a)"; null for a heading. */
  number: string | null;
  kind: "preambular" | "operative" | "heading";
  level: 0 | 1 | 2;
  text: string;
  /** Brackets and alternatives whose holders the file named: "[words] (RU, CN)". */
  held: { text: string; states: string[] }[];
  /** Bold, italic and underline kept from the file. */
  marks: z.output<typeof markSchema>[];
}

/** Something of the file that did not come into the draft as it stood, in words. */
export interface ImportWarning {
  /** The paragraph it concerns, by its number in the draft ("OP3"); null for a heading or none. */
  paragraph: string | null;
  /** The paragraph of the Word file (1-based, tables aside), when it is one. */
  source: number | null;
  message: string;
}

export interface ImportPreview {
  /** The title found in the document, if any. */
  title: string | null;
  paragraphs: ImportPreviewParagraph[];
  warnings: ImportWarning[];
}

const UPDATE_FIELDS = "title, symbol, stage, meeting, closed, archived";

/** PATCH /api/documents/{id}: what the secretariat changes; at least one field. */
export const updateDraftBody = z
  .strictObject(
    {
      title: z
        .string("A title is text.")
        .trim()
        .min(1, "A title cannot be empty.")
        .max(300, "A title is at most 300 characters.")
        .refine((title) => !/\p{Cc}/u.test(title), "A title cannot hold control characters.")
        .optional(),
      // The one symbol rule (lib/draft/content.ts), after the spaces a person leaves at either end.
      symbol: z.string("A symbol is text, such as CICA/SWG/2026/1.").trim().pipe(symbolSchema).optional(),
      stage: z.enum(DOCUMENT_STAGES, "A stage is one of DRAFTING, SWG, SOC, ADOPTED.").optional(),
      /** Empty or null: no meeting named. */
      meeting: z
        .string("A meeting is text, such as “SWG, 13–14 September 2022”.")
        .trim()
        .max(200, "A meeting is at most 200 characters.")
        .refine((meeting) => !/\p{Cc}/u.test(meeting), "A meeting cannot hold control characters.")
        .nullable()
        .transform((meeting) => meeting || null)
        .optional(),
      closed: z.boolean("closed is true or false.").optional(),
      archived: z.boolean("archived is true or false.").optional(),
    },
    {
      error: (issue) =>
        issue.code === "unrecognized_keys"
          ? `A draft has no field ${issue.keys.join(", ")}: change ${UPDATE_FIELDS}.`
          : issue.code === "invalid_type"
            ? `Send an object with any of ${UPDATE_FIELDS}.`
            : undefined,
    },
  )
  .refine((body) => Object.values(body).some((value) => value !== undefined), {
    message: `Say what to change: ${UPDATE_FIELDS}.`,
  });
export type UpdateDraftBody = z.output<typeof updateDraftBody>;
