// GET /api/documents/{id}/record-of-negotiation: a draft's negotiating history as one file for
// the secretariat's archive (record-of-negotiation.ts says what it holds). The chair and the
// secretariat only (policy action `export-record`). Only public threads are read: an
// internal one never leaves its delegation, not even into the archive.
import { textViewOfDoc } from "../../lib/draft/text-view-of-doc";
import type { TextView } from "../../lib/draft/paragraph-views";
import type { SessionUser } from "../../lib/auth/session-user";
import { loadDocument } from "../collab/load-document";
import { delegationOf } from "../../lib/auth/delegation";
import { delegationName, threadInclude } from "../comments/thread-view";
import type { Database } from "../db/client";
import { getDocument } from "../documents/get-document";
import { authorize } from "../../lib/policy/can";
import { recordOfNegotiation, type RecordThread, type RecordVersion } from "./record-of-negotiation";
import { renderRecordDocx } from "./render-record-docx";
import { renderRecordHtml } from "./render-record-html";
import { threadParagraphId } from "./thread-paragraphs";
import { InvalidInputError } from "../../lib/api/errors";

const FORMATS = {
  docx: { type: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", extension: "docx" },
  html: { type: "text/html; charset=utf-8", extension: "html" },
} as const;

export interface RecordFile {
  body: Buffer | string;
  contentType: string;
  filename: string;
}

type Person = Parameters<typeof delegationOf>[0] & { name: string };

/** "Amb. Ruslan Abdullayev (Chair)", "Aizhan Nurlanovna (Kazakhstan)". */
const who = (person: Person) => {
  const delegation = delegationOf(person);
  return delegation ? `${person.name} (${delegationName(delegation)})` : person.name;
};
const PERSON = { select: { name: true, role: true, memberStateCode: true } } as const;

export async function exportRecord(
  db: Database,
  user: SessionUser,
  documentId: string,
  format: string | null,
): Promise<RecordFile> {
  authorize(user, "export-record");
  const chosen = (format ?? "docx") as keyof typeof FORMATS;
  if (!(chosen in FORMATS)) throw new InvalidInputError("format is docx or html.");
  const document = await getDocument(db, user, documentId);
  const madeAt = new Date().toISOString();
  const [revisions, changes, threads] = await Promise.all([
    db.revision.findMany({
      where: { documentId: document.id, kind: "REVISION" },
      orderBy: [{ number: "asc" }],
      select: {
        number: true,
        label: true,
        meeting: true,
        symbol: true,
        text: true,
        createdAt: true,
        createdBy: PERSON,
      },
    }),
    db.paragraphStatusChange.findMany({
      where: { documentId: document.id },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      include: { user: PERSON },
    }),
    db.commentThread.findMany({
      where: { documentId: document.id, visibility: "PUBLIC" },
      orderBy: { createdAt: "asc" },
      include: threadInclude,
    }),
  ]);
  const { doc } = await loadDocument(db, document.id);
  let live: TextView;
  let placed: RecordThread[];
  try {
    live = textViewOfDoc(doc);
    placed = threads.map((thread) => ({
      paragraphId: threadParagraphId(doc, thread.anchorStart),
      delegation: delegationName(thread.delegation),
      quote: thread.quote,
      resolved: thread.resolvedAt ? { at: thread.resolvedAt.toISOString(), by: thread.resolvedBy?.name ?? null } : null,
      comments: thread.comments.map((comment) => ({
        author: comment.author.name,
        delegation: delegationName(delegationOf(comment.author) ?? ""),
        at: comment.createdAt.toISOString(),
        edited: comment.editedAt !== null,
        body: comment.body,
      })),
    }));
  } finally {
    doc.destroy();
  }
  const versions: RecordVersion[] = [
    ...revisions.map((revision) => ({
      name: `Rev.${revision.number}`,
      symbol: revision.symbol,
      label: revision.label,
      meeting: revision.meeting,
      at: revision.createdAt.toISOString(),
      issuedBy: revision.createdBy ? who(revision.createdBy) : null,
      text: revision.text as unknown as TextView,
    })),
    { name: "Live text", symbol: document.symbol, label: null, meeting: null, at: madeAt, issuedBy: null, text: live },
  ];
  const record = recordOfNegotiation({
    title: document.title,
    symbol: document.symbol,
    language: document.language,
    madeAt,
    versions,
    statusChanges: changes.map((change) => ({
      paragraphId: change.paragraphId,
      from: change.from,
      to: change.to,
      adRef: change.to === "agreed_ad_ref" ? { states: change.adRefStates, deadline: change.adRefDeadline } : null,
      by: who(change.user),
      at: change.createdAt.toISOString(),
    })),
    threads: placed,
  });
  return {
    body: chosen === "docx" ? await renderRecordDocx(record) : renderRecordHtml(record),
    contentType: FORMATS[chosen].type,
    // "CICA/SWG/2022/3/Rev.2" → "CICA-SWG-2022-3-Rev.2-record-of-negotiation.docx"
    filename: `${document.symbol.replace(/[^A-Za-z0-9.]+/g, "-")}-record-of-negotiation.${FORMATS[chosen].extension}`,
  };
}
