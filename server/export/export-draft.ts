// GET /api/documents/{id}/export: the text (live, or a past revision with `at`) as the chosen
// variant and format, ready to download. Who may export is the policy's (`export`: chair and
// secretariat). Exports carry no comments at all, so no internal thread can leave this way.
import { attributeTexts } from "../revisions/compare-revisions";
import { compareTexts } from "../../lib/revisions";
import type { SessionUser } from "../../lib/auth/session-user";
import { InvalidInputError } from "../comments/errors";
import type { Database } from "../db/client";
import { authorize } from "../../lib/policy/can";
import { textAt } from "../revisions/text-at";
import { xmlSafe } from "../../lib/text/xml-safe";
import { distributionOf } from "./distribution";
import { exportDocument, type ExportVariant } from "./export-document";
import { fileName, REVISION_SUFFIX } from "./file-name";
import { renderAkn } from "./render-akn";
import { renderDocx } from "./render-docx";
import { renderHtml } from "./render-html";
import { renderPdf } from "./render-pdf";

const FORMATS = {
  docx: { type: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", extension: "docx" },
  pdf: { type: "application/pdf", extension: "pdf" },
  html: { type: "text/html; charset=utf-8", extension: "html" },
  akn: { type: "application/akn+xml; charset=utf-8", extension: "akn.xml" },
} as const;
type Format = keyof typeof FORMATS;
const VARIANTS: readonly ExportVariant[] = ["clean", "negotiation", "redline"];

export interface ExportRequest {
  format: string | null;
  variant: string | null;
  at: string | null;
  against: string | null;
  draft: string | null;
}

export interface ExportFile {
  body: Buffer | string;
  contentType: string;
  filename: string;
}

function parse(request: ExportRequest) {
  const format = (request.format ?? "docx") as Format;
  if (!(format in FORMATS)) throw new InvalidInputError("format is one of docx, pdf, html, akn.");
  const variant = (request.variant ?? "clean") as ExportVariant;
  if (!VARIANTS.includes(variant)) throw new InvalidInputError("variant is one of clean, negotiation, redline.");
  if (variant === "redline" && !request.against)
    throw new InvalidInputError("A redline needs the revision it counts changes from: against=Rev.1.");
  if (variant !== "redline" && request.against) throw new InvalidInputError("against= only goes with variant=redline.");
  if (request.draft !== null && !["true", "false"].includes(request.draft))
    throw new InvalidInputError("draft is true or false.");
  return { format, variant, draft: request.draft === "true" };
}

export async function exportDraft(
  db: Database,
  user: SessionUser,
  documentId: string,
  request: ExportRequest,
): Promise<ExportFile> {
  authorize(user, "export");
  const { format, variant, draft } = parse(request);
  const text = await textAt(db, user, documentId, request.at);
  const against = variant === "redline" ? await textAt(db, user, documentId, request.against) : null;
  const at = new Date(text.at);
  // Only an issued revision is an official document; the live text and a checkpoint are working
  // texts that follow the last revision issued before them (the one their symbol names).
  const issued = text.revision?.kind === "revision" ? text.revision : null;
  const working = issued ? null : { after: REVISION_SUFFIX.exec(text.document.symbol)?.[1] ?? null, at: text.at };
  const revision = issued ? [issued.name, issued.label].filter(Boolean).join(" — ") : null;
  const comparison = against ? compareTexts(against.text, text.text) : undefined;
  // A redline's tracked changes are authored by the delegations that made them.
  if (comparison && against) await attributeTexts(db, documentId, comparison, against, text);
  const document = exportDocument(variant, {
    heading: {
      title: text.document.title,
      symbol: text.document.symbol,
      date: text.at.slice(0, 10),
      revision,
      language: text.document.language,
      against: against ? (against.revision?.name ?? "the live text") : null,
      distribution: await distributionOf(db, documentId),
      meeting: issued?.meeting ? xmlSafe(issued.meeting) : null,
      working,
    },
    text: text.text,
    comparison,
    draft,
  });
  const body =
    format === "docx"
      ? await renderDocx(document, text.revision?.createdBy?.name ?? "Concord", at)
      : format === "pdf"
        ? await renderPdf(document)
        : format === "html"
          ? renderHtml(document)
          : renderAkn(document);
  return {
    body,
    contentType: FORMATS[format].type,
    filename: fileName({
      symbol: text.document.symbol,
      variant,
      extension: FORMATS[format].extension,
      draft: document.heading.draft,
      working,
    }),
  };
}
