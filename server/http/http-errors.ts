// Refusals of a request as such (its size, its media type, where it came from), before any
// domain rule is asked. apiError turns them into their status codes.

/** 413: the body is over the limit; nothing of it was parsed. */
export class TooLargeError extends Error {
  constructor(readonly limitBytes: number) {
    super(`The request body is larger than ${Math.round(limitBytes / 1024)} KB.`);
    this.name = "TooLargeError";
  }
}

/** 415: a body that does not say it is JSON is not read as JSON (text/plain is how forms forge). */
export class UnsupportedMediaTypeError extends Error {
  constructor() {
    super("Send the request body as JSON, with Content-Type: application/json.");
    this.name = "UnsupportedMediaTypeError";
  }
}
