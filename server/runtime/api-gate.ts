// The first look at an API request, on our own HTTP server, before Next.js parses anything:
// here the address is still exactly as the client sent it (Next.js re-encodes a query that
// does not decode, so its routes would see replacement characters instead), and a declared
// body size can be refused before a byte of the body is read.
import type { IncomingMessage } from "node:http";
import { addressProblem } from "../http/clean-text";
import { bodyLimitFor } from "../http/json-body";

export interface Refusal {
  status: number;
  body: { error: string; message: string };
}

/** Why an API request is refused outright, or null to hand it to Next.js. */
export function refuseApiRequest(request: IncomingMessage): Refusal | null {
  const url = request.url ?? "/";
  if (!url.startsWith("/api/")) return null;
  const [pathname = "/", search = ""] = url.split(/\?(.*)/s, 2);
  const problem = addressProblem(pathname, search);
  if (problem) return { status: 400, body: { error: "invalid", message: problem } };
  // next-auth's routes take small forms; everything else is held to the API's body limit.
  // Chunked bodies declare no length: jsonBody cuts them off at the limit.
  // Two routes take more (the Word import, the people CSV: json-body.ts) and cut chunked bodies
  // off at their own limit.
  const limit = bodyLimitFor(request.method, pathname);
  if (!url.startsWith("/api/auth/") && Number(request.headers["content-length"] ?? 0) > limit) {
    const size = limit >= 1024 * 1024 ? `${Math.floor(limit / (1024 * 1024))} MB` : `${Math.round(limit / 1024)} KB`;
    return { status: 413, body: { error: "too-large", message: `The request body is larger than ${size}.` } };
  }
  return null;
}
