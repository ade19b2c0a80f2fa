// Reads a JSON request body the only safe way: declared as JSON, read as a stream that stops at
// the limit (a chunked body has no Content-Length to trust), then checked for text PostgreSQL
// cannot store.
import { InvalidInputError, TooLargeError, UnsupportedMediaTypeError } from "../../lib/api/errors";
import { PEOPLE_CSV_LIMIT_BYTES } from "../../lib/api/users";
import { assertStorableText } from "./clean-text";

export const BODY_LIMIT_BYTES = 64 * 1024;

/**
 * The exceptions, each for one route: a Word document imported as a new draft (POST
 * /api/documents, multipart) may be up to 10 MB plus its form's few fields; a CSV of people
 * (POST /api/users/import) up to 1 MB. Every other route, and a JSON body on these, stays at
 * BODY_LIMIT_BYTES. The routes read their bodies capped at the same numbers.
 */
export const UPLOAD_LIMIT_BYTES = 10 * 1024 * 1024 + BODY_LIMIT_BYTES;
const LARGER_BODIES: Record<string, number> = {
  "POST /api/documents": UPLOAD_LIMIT_BYTES,
  "POST /api/users/import": PEOPLE_CSV_LIMIT_BYTES,
};

/** The largest body a request may declare. */
export function bodyLimitFor(method: string | undefined, pathname: string): number {
  return LARGER_BODIES[`${method} ${pathname}`] ?? BODY_LIMIT_BYTES;
}

const JSON_TYPE = /^application\/json\s*(;|$)/i;

/** The body's bytes, or TooLargeError as soon as more than `limit` have arrived. */
export async function readCapped(request: Request, limit = BODY_LIMIT_BYTES): Promise<Uint8Array> {
  if (Number(request.headers.get("content-length") ?? 0) > limit) throw new TooLargeError(limit);
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => {});
      throw new TooLargeError(limit);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return bytes;
}

/**
 * The request's JSON body. `empty` is what an absent body means, for routes where every field
 * is optional; without it an empty body is not JSON.
 */
export async function jsonBody(request: Request, options: { empty?: unknown } = {}): Promise<unknown> {
  const declaredJson = JSON_TYPE.test(request.headers.get("content-type") ?? "");
  if (!declaredJson && options.empty === undefined) throw new UnsupportedMediaTypeError();
  const text = new TextDecoder().decode(await readCapped(request));
  if (options.empty !== undefined && text.trim() === "") return options.empty;
  if (!declaredJson) throw new UnsupportedMediaTypeError();
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new InvalidInputError("The request body must be JSON.");
  }
  assertStorableText(value);
  return value;
}
