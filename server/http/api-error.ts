// Domain errors become HTTP answers at the edge, in one place: a status and a message a person
// can act on. Anything unexpected is a 500 without internals.
import { NextResponse } from "next/server";
import { InvalidInputError, ThreadNotFoundError } from "../comments/errors";
import { DocumentNotFoundError } from "../documents/get-document";
import { ForbiddenError } from "../policies/document";
import { RevisionNotFoundError } from "../revisions/find-revision";

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
  console.error(error);
  return NextResponse.json(
    { error: "internal", message: "Something went wrong on the server. Try again." },
    { status: 500 },
  );
}

/** The request's JSON body, or an InvalidInputError that says it was not JSON. */
export async function jsonBody(request: Request): Promise<unknown> {
  const length = Number(request.headers.get("content-length") ?? 0);
  if (length > 64 * 1024) throw new InvalidInputError("The request is too large.");
  try {
    return await request.json();
  } catch {
    throw new InvalidInputError("The request body must be JSON.");
  }
}
