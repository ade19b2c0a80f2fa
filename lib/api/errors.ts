// The one error type of the app: a code that says what kind of refusal it is, a message a person
// can act on, and extra JSON fields when the answer carries more (the export's `paragraphs`).
// Thrown by operations and by the policy; translated at the edge (server/http/api-error.ts maps
// each code to its HTTP status). Pure, so the browser can read the same codes off an answer.
import type { DocumentAction } from "../policy/can";

export const ERROR_CODES = [
  "invalid",
  "unauthenticated",
  "forbidden",
  "cross-origin",
  "not-found",
  "conflict",
  "brackets-remain",
  "too-large",
  "unsupported-media-type",
  "unavailable",
  "internal",
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** Every error answer of the API: `{ error, message, ...extra }`. */
export type ErrorBody = { error: ErrorCode; message: string } & Record<string, unknown>;

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** Extra fields of the JSON answer, beside `error` and `message`. */
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = "AppError";
  }
}

// Named kinds of AppError, for the refusals many features share: callers and tests can catch one
// kind by name, and each carries its usual message.

/** 400: input that does not say what it should; the message says what is wrong. */
export class InvalidInputError extends AppError {
  constructor(message: string) {
    super("invalid", message);
    this.name = "InvalidInputError";
  }
}

/** 403: the user's role may not do this. */
/** What the refusal says: of a draft for what is done to drafts, of the forum for the rest. */
function forbiddenMessage(action: DocumentAction): string {
  const forum: Partial<Record<DocumentAction, string>> = {
    "read-forum": "read the forum's settings",
    "manage-forum": "change the forum's settings",
    "read-people": "see the forum's people",
    "manage-people": "manage the forum's people",
    "read-audit": "read the audit log",
  };
  const what = forum[action];
  return what ? `Your role may not ${what}.` : `Your role may not ${action.replaceAll("-", " ")} this draft.`;
}

export class ForbiddenError extends AppError {
  constructor(readonly action: DocumentAction) {
    super("forbidden", forbiddenMessage(action));
    this.name = "ForbiddenError";
  }
}

/** 404: a draft that does not exist, or that the user may not know exists. */
export class DocumentNotFoundError extends AppError {
  constructor(readonly documentId: string) {
    super("not-found", "There is no draft with this id.");
    this.name = "DocumentNotFoundError";
  }
}

/** 404: a thread or comment that does not exist, or that the viewer may not know exists. */
export class ThreadNotFoundError extends AppError {
  constructor() {
    super("not-found", "There is no such comment thread.");
    this.name = "ThreadNotFoundError";
  }
}

/** 404: a revision reference that names nothing in this draft. */
export class RevisionNotFoundError extends AppError {
  constructor(readonly ref: string) {
    super("not-found", `This draft has no revision "${ref}".`);
    this.name = "RevisionNotFoundError";
  }
}

/** 413: the body is over the limit; nothing of it was parsed. */
export class TooLargeError extends AppError {
  constructor(readonly limitBytes: number) {
    super("too-large", `The request body is larger than ${Math.round(limitBytes / 1024)} KB.`);
    this.name = "TooLargeError";
  }
}

/** 415: a body that does not say it is JSON is not read as JSON (text/plain is how forms forge). */
export class UnsupportedMediaTypeError extends AppError {
  constructor() {
    super("unsupported-media-type", "Send the request body as JSON, with Content-Type: application/json.");
    this.name = "UnsupportedMediaTypeError";
  }
}
