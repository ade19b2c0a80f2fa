// Relative imports (not "@/"): the route's integration test imports this file as it is.
import { NextResponse } from "next/server";
import {
  createDocumentBody,
  createDocumentQuery,
  type DocumentListItem,
  type ImportPreview,
} from "../../../lib/api/documents";
import { InvalidInputError } from "../../../lib/api/errors";
import { parseInput } from "../../../lib/api/parse";
import { db } from "../../../server/db/client";
import { createDraft } from "../../../server/documents/create-draft";
import { listDocuments } from "../../../server/documents/list-documents";
import { readDraft } from "../../../server/documents/read-draft-paragraphs";
import { jsonBody } from "../../../server/http/json-body";
import { route } from "../../../server/http/route";
import { importDocx } from "../../../server/import/import-docx";
import { isMultipart, readUpload } from "../../../server/import/upload";

/** The drafts the signed-in user may see: [{ id, title, symbol, revision, kind, stage, updatedAt }]. */
export const GET = route({}, async ({ user }) =>
  (await listDocuments(db(), user)).map(
    ({ id, title, symbol, revision, kind, stage, updatedAt }): DocumentListItem => ({
      id,
      title,
      symbol,
      revision,
      kind,
      stage,
      updatedAt,
    }),
  ),
);

/**
 * A new draft (secretariat only): JSON creates it empty; multipart/form-data with `file` (.docx)
 * imports it — 201 with the draft as GET /api/documents/{id} answers it. With ?preview=1 and a
 * file: 200 { title, paragraphs, warnings }, and nothing is created. The body is read here, not
 * by the edge kit: a multipart form is not JSON (server/import/upload.ts reads it, up to 10 MB).
 */
export const POST = route({ action: "create", query: createDocumentQuery }, async ({ user, query, request }) => {
  if (isMultipart(request)) {
    const { fields, file } = await readUpload(request);
    if (!file)
      throw new InvalidInputError("Attach the Word document (.docx) as “file”, or send JSON to create an empty draft.");
    if (query.preview) {
      const { title, paragraphs, warnings } = await importDocx(file.bytes);
      return { title, paragraphs, warnings } satisfies ImportPreview;
    }
    const created = await createDraft(db(), user, parseInput(createDocumentBody, fields), file);
    return NextResponse.json(await readDraft(db(), user, created.id), { status: 201 });
  }
  if (query.preview)
    throw new InvalidInputError("A preview needs a Word document: send it as multipart/form-data with “file”.");
  const body = parseInput(createDocumentBody, await jsonBody(request));
  const created = await createDraft(db(), user, body);
  return NextResponse.json(await readDraft(db(), user, created.id), { status: 201 });
});
