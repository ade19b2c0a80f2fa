// For tests that call the app's route handlers directly, against a real PostgreSQL: the session
// cookie next-auth would set (signed, carrying the person and their session version now), and
// the test database handed to db() as the app's own singleton takes it. The test file supplies the
// request's cookies through a mock of next/headers (what Next.js gives a route at run time):
//
//   const request = vi.hoisted(() => ({ cookie: "" }));
//   vi.mock("server-only", () => ({}));
//   vi.mock("next/headers", () => nextHeaders(request));   // with nextHeaders imported in vi.hoisted
import { encode } from "next-auth/jwt";
import type { SessionUser } from "../../lib/auth/session-user";
import type { Database } from "../db/client";

export const ROUTE_TEST_SECRET = "a test secret of at least thirty-two characters";

/** Routes called in this process use `db` and verify cookies signed with ROUTE_TEST_SECRET. */
export function serveRoutesFrom(db: Database): void {
  process.env.NEXTAUTH_SECRET = ROUTE_TEST_SECRET;
  (globalThis as { concordDb?: Database }).concordDb = db; // what db() hands the routes
}

/** The Cookie header of a browser signed in as `user`, as next-auth would have set it. */
export async function sessionCookie(user: SessionUser): Promise<string> {
  const token = await encode({ token: { user }, secret: ROUTE_TEST_SECRET });
  return `next-auth.session-token=${token}`;
}

/** What next/headers gives a route: the request's headers and cookies, from a Cookie header. */
export function nextHeaders(request: { cookie: string }) {
  const pairs = () =>
    request.cookie
      ? request.cookie
          .split("; ")
          .map((pair) => ({ name: pair.split("=")[0]!, value: pair.slice(pair.indexOf("=") + 1) }))
      : [];
  return {
    headers: async () => new Map<string, string>(request.cookie ? [["cookie", request.cookie]] : []),
    cookies: async () => ({ getAll: pairs }),
  };
}
