// Domain errors become HTTP answers at the edge, in one place: a status and a message a person
// can act on. Anything unexpected is a 500 without internals.
import { NextResponse } from "next/server";
import { InvalidInputError, ThreadNotFoundError } from "../comments/errors";
import { DocumentNotFoundError } from "../documents/get-document";
import { ForbiddenError } from "../../lib/policy/can";
import { RevisionNotFoundError } from "../revisions/find-revision";
import { isDatabaseUnavailable } from "../db/unavailable";
import { TooLargeError, UnsupportedMediaTypeError } from "./http-errors";

export { jsonBody } from "./json-body";

export function unauthenticated(): NextResponse {
  return NextResponse.json({ error: "unauthenticated", message: "Sign in first." }, { status: 401 });
}

export function apiError(error: unknown): NextResponse {
  if (error instanceof InvalidInputError)
    return NextResponse.json({ error: "invalid", message: error.message }, { status: 400 });
  if (error instanceof ForbiddenError)
    return NextResponse.json({ error: "forbidden", message: error.message }, { status: 403 });
  if (
    error instanceof DocumentNotFoundError ||
    error instanceof ThreadNotFoundError ||
    error instanceof RevisionNotFoundError
  ) {
    return NextResponse.json({ error: "not-found", message: error.message }, { status: 404 });
  }
  if (error instanceof TooLargeError)
    return NextResponse.json({ error: "too-large", message: error.message }, { status: 413 });
  if (error instanceof UnsupportedMediaTypeError)
    return NextResponse.json({ error: "unsupported-media-type", message: error.message }, { status: 415 });
  if (isDatabaseUnavailable(error)) {
    console.error(`Database unavailable: ${(error as Error).message}`);
    return NextResponse.json(
      { error: "unavailable", message: "The database is not answering. Try again in a moment." },
      { status: 503, headers: { "Retry-After": "5" } },
    );
  }
  console.error(error);
  return NextResponse.json(
    { error: "internal", message: "Something went wrong on the server. Try again." },
    { status: 500 },
  );
}
