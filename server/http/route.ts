// The edge of every API route: who is asking (the session, required unless a route says
// otherwise), whether their role may do this at all (the policy), and what they sent (params,
// query and JSON body, each parsed with its schema from lib/api). The handler then calls one
// operation with typed input and returns data (JSON) or a Response of its own; whatever it
// throws is answered by apiError.
//
// Requests get here after the proxy (proxy.ts: same-origin check for unsafe methods, session
// cookie) and our own HTTP server (server/runtime/api-gate.ts: addresses that do not decode,
// declared bodies over the limit); JSON bodies are read by jsonBody (media type, size, NUL).
import { NextResponse } from "next/server";
import type { z } from "zod";
import type { SessionUser } from "../../lib/auth/session-user";
import { ForbiddenError } from "../../lib/api/errors";
import { parseInput } from "../../lib/api/parse";
import { can, type DocumentAction } from "../../lib/policy/can";
import { currentUser } from "../auth/current-user";
import { apiError, unauthenticated } from "./api-error";
import { jsonBody } from "./json-body";

/** What Next.js hands a route handler besides the request. */
export interface RouteContext {
  params: Promise<Record<string, string | string[] | undefined>>;
}

type Schema = z.ZodType;
type Parsed<S> = S extends z.ZodType ? z.output<S> : undefined;

export interface RouteSpec<P, Q, B, Session extends boolean> {
  /** True (the default): without a current session the answer is 401 and the handler never runs. */
  session?: Session;
  /** A policy action the user's role must be allowed (`can()`), checked before any input is read. */
  action?: DocumentAction;
  params?: P;
  query?: Q;
  /** The JSON body's schema; the body is read only when a route declares one. */
  body?: B;
  /** What an empty body means, for routes where every field is optional; otherwise it is refused. */
  emptyBody?: unknown;
  /** The status of a data answer (default 200). */
  status?: number;
  /** Headers of a data answer. */
  headers?: HeadersInit;
}

export interface RouteInput<P, Q, B, Session extends boolean> {
  user: Session extends false ? SessionUser | null : SessionUser;
  params: Parsed<P>;
  query: Parsed<Q>;
  body: Parsed<B>;
  request: Request;
}

/** The first value of each query parameter, as URLSearchParams.get gives it. */
function queryObject(url: string): Record<string, string> {
  const query: Record<string, string> = {};
  for (const [key, value] of new URL(url).searchParams) if (!(key in query)) query[key] = value;
  return query;
}

export function route<
  P extends Schema | undefined = undefined,
  Q extends Schema | undefined = undefined,
  B extends Schema | undefined = undefined,
  Session extends boolean = true,
>(
  spec: RouteSpec<P, Q, B, Session>,
  handler: (input: RouteInput<P, Q, B, Session>) => Promise<unknown> | unknown,
): (request: Request, context: RouteContext) => Promise<Response> {
  return async (request, context) => {
    try {
      const user = await currentUser();
      if (!user && spec.session !== false) return unauthenticated();
      if (spec.action && !can(user, spec.action)) throw new ForbiddenError(spec.action);
      const input = {
        user,
        params: spec.params ? parseInput(spec.params, await context.params) : undefined,
        query: spec.query ? parseInput(spec.query, queryObject(request.url)) : undefined,
        body: spec.body
          ? parseInput(
              spec.body,
              await jsonBody(request, spec.emptyBody === undefined ? {} : { empty: spec.emptyBody }),
            )
          : undefined,
        request,
      } as RouteInput<P, Q, B, Session>;
      const result = await handler(input);
      if (result instanceof Response) return result;
      if (result === undefined) return new NextResponse(null, { status: spec.status ?? 204, headers: spec.headers });
      return NextResponse.json(result, { status: spec.status ?? 200, headers: spec.headers });
    } catch (error) {
      return apiError(error);
    }
  };
}

/** A file to download, as the exports answer it. */
export function download(file: { body: Buffer | string; contentType: string; filename: string }): Response {
  return new NextResponse(typeof file.body === "string" ? file.body : new Uint8Array(file.body), {
    headers: {
      "Content-Type": file.contentType,
      "Content-Disposition": `attachment; filename="${file.filename}"`,
      "Cache-Control": "no-store",
    },
  });
}
