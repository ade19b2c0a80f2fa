// Text from a request that PostgreSQL could not store or that does not decode is a 400 that says
// so, checked once here for every route rather than found out as a 500 by the database.
import { InvalidInputError } from "../../lib/api/errors";
import { BAD_ENCODING_MESSAGE, NUL_MESSAGE } from "../../lib/api/parse";

export { BAD_ENCODING_MESSAGE, NUL_MESSAGE };

/** Throws when any string inside a parsed JSON value (keys included) holds a NUL character. */
export function assertStorableText(value: unknown): void {
  if (typeof value === "string") {
    if (value.includes("\u0000")) throw new InvalidInputError(NUL_MESSAGE);
  } else if (Array.isArray(value)) {
    for (const item of value) assertStorableText(item);
  } else if (value !== null && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) {
      assertStorableText(key);
      assertStorableText(item);
    }
  }
}

/** A percent-encoded part of an address (path segment or query), decoded; null when it does not decode. */
export function decodeAddressPart(raw: string): string | null {
  try {
    return decodeURIComponent(raw.replace(/\+/g, " "));
  } catch {
    return null;
  }
}

/**
 * What is wrong with a request address as a whole, or null: a part that does not decode, or a
 * NUL character anywhere in the decoded path or query. Route handlers never see either.
 */
export function addressProblem(pathname: string, search: string): string | null {
  const parts = [...pathname.split("/"), ...search.replace(/^\?/, "").split(/[&=]/)];
  for (const part of parts) {
    const decoded = decodeAddressPart(part);
    if (decoded === null) return BAD_ENCODING_MESSAGE;
    if (decoded.includes("\u0000")) return NUL_MESSAGE;
  }
  return null;
}
