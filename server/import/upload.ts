// Reads the Word import's multipart form (POST /api/documents): the body is read as a stream
// that stops at the upload limit (a chunked body declares no length), then parsed as a form.
// The file is at most 10 MB; the other fields are text, checked like any JSON text.
import { InvalidInputError, TooLargeError } from "../../lib/api/errors";
import { assertStorableText } from "../http/clean-text";
import { readCapped, UPLOAD_LIMIT_BYTES } from "../http/json-body";
import { FileTooLargeError, MAX_FILE_BYTES } from "./import-error";

export const FORM_FIELDS = ["title", "symbol", "kind", "stage", "language", "meeting"] as const;

export interface Upload {
  /** The text fields, those left empty omitted. */
  fields: Record<string, string>;
  file: { name: string; bytes: Buffer } | null;
}

export const isMultipart = (request: Request) =>
  /^multipart\/form-data\s*;/i.test(request.headers.get("content-type") ?? "");

export async function readUpload(request: Request): Promise<Upload> {
  let bytes: Uint8Array;
  try {
    bytes = await readCapped(request, UPLOAD_LIMIT_BYTES);
  } catch (error) {
    if (error instanceof TooLargeError) throw new FileTooLargeError();
    throw error;
  }
  let form: FormData;
  try {
    form = await new Response(bytes as Uint8Array<ArrayBuffer>, {
      headers: { "content-type": request.headers.get("content-type")! },
    }).formData();
  } catch {
    throw new InvalidInputError("The form could not be read: send it as multipart/form-data with the file as “file”.");
  }
  const fields: Record<string, string> = {};
  for (const name of FORM_FIELDS) {
    const value = form.get(name);
    if (typeof value === "string" && value.trim() !== "") fields[name] = value;
  }
  assertStorableText(fields);
  const entry = form.get("file");
  if (entry === null || typeof entry === "string") return { fields, file: null };
  if (entry.size > MAX_FILE_BYTES) throw new FileTooLargeError();
  return { fields, file: { name: entry.name || "document.docx", bytes: Buffer.from(await entry.arrayBuffer()) } };
}
