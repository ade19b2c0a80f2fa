// GET /api/documents/{id}/export: the text (live, or a past revision with `at`) as the chosen
// variant and format, ready to download. Who may export is the policy's (`export`: chair and
// secretariat). Exports carry no comments at all, so no internal thread can leave this way.
// The request is parsed at the route's edge (lib/api/export.ts).
import { attributeTexts } from "../revisions/compare-revisions";
import { compareTexts } from "../../lib/revisions";
import { exportQuery, type ExportFormat, type ExportOptions, type ExportRequest } from "../../lib/api/export";
import { parseInput } from "../../lib/api/parse";
import type { SessionUser } from "../../lib/auth/session-user";
import type { Database } from "../db/client";
import { authorize } from "../../lib/policy/can";
import { textAt } from "../revisions/text-at";
import { xmlSafe } from "../../lib/text/xml-safe";
import { distributionOf } from "./distribution";
import { exportDocument } from "./export-document";
import { fileName, REVISION_SUFFIX } from "./file-name";
import { renderAkn } from "./render-akn";
import { renderDocx } from "./render-docx";
import { renderHtml } from "./render-html";
import { renderPdf } from "./render-pdf";

export type { ExportOptions, ExportRequest };

const FORMATS: Record<ExportFormat, { type: string; extension: string }> = {
  docx: { type: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", extension: "docx" },
  pdf: { type: "application/pdf", extension: "pdf" },
  html: { type: "text/html; charset=utf-8", extension: "html" },
  akn: { type: "application/akn+xml; charset=utf-8", extension: "akn.xml" },
};

export interface ExportFile {
  body: Buffer | string;
  contentType: string;
  filename: string;
}

/** An export of the query as sent (every value a string or absent), parsed here: for callers without an edge. */
export async function exportDraft(
  db: Database,
  user: SessionUser,
  documentId: string,
  request: ExportRequest,
): Promise<ExportFile> {
  authorize(user, "export");
  return exportDraftFile(db, user, documentId, parseInput(exportQuery, request));
}

export async function exportDraftFile(
  db: Database,
  user: SessionUser,
  documentId: string,
  { format, variant, at: atRef, against: againstRef, draft }: ExportOptions,
): Promise<ExportFile> {
  authorize(user, "export");
  const text = await textAt(db, user, documentId, atRef);
  const against = variant === "redline" ? await textAt(db, user, documentId, againstRef) : null;
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
