// Errors become HTTP answers at the edge, in one place: each AppError code has its status, and
// the answer is `{ error: code, message, ...extra }`. A database that does not answer is a 503;
// anything unexpected is a 500 without internals.
import { NextResponse } from "next/server";
import { AppError, type ErrorBody, type ErrorCode } from "../../lib/api/errors";
import { isDatabaseUnavailable } from "../db/unavailable";

export const STATUS: Record<ErrorCode, number> = {
  invalid: 400,
  unauthenticated: 401,
  forbidden: 403,
  "cross-origin": 403,
  "not-found": 404,
  conflict: 409,
  "brackets-remain": 409,
  "too-large": 413,
  "unsupported-media-type": 415,
  internal: 500,
  unavailable: 503,
};

const HEADERS: Partial<Record<ErrorCode, HeadersInit>> = { unavailable: { "Retry-After": "5" } };

/** The answer for an error with this code. */
export function errorResponse(code: ErrorCode, message: string, extra: Record<string, unknown> = {}): NextResponse {
  const body: ErrorBody = { error: code, message, ...extra };
  return NextResponse.json(body, { status: STATUS[code], headers: HEADERS[code] });
}

export function unauthenticated(): NextResponse {
  return errorResponse("unauthenticated", "Sign in first.");
}

export function apiError(error: unknown): NextResponse {
  if (error instanceof AppError) return errorResponse(error.code, error.message, error.extra);
  if (isDatabaseUnavailable(error)) {
    console.error(`Database unavailable: ${(error as Error).message}`);
    return errorResponse("unavailable", "The database is not answering. Try again in a moment.");
  }
  console.error(error);
  return errorResponse("internal", "Something went wrong on the server. Try again.");
}
