// Every request passes here first (after server/runtime/api-gate.ts, which refuses API addresses
// that do not decode and declared bodies over the limit). It refuses a state-changing API
// request sent by a page of another origin, puts the Content-Security-Policy on every answer, and asks for a session everywhere
// except signing in and the health check. API routes answer JSON; pages send the visitor to the
// sign-in page and back. next-auth's own routes (/api/auth/*) check their own CSRF token.
import { getToken } from "next-auth/jwt";
import { NextResponse, type NextRequest } from "next/server";
import { env } from "./server/config/env";
import { API_POLICY, newNonce, pagePolicy } from "./server/http/content-security-policy";
import { isCrossOrigin } from "./server/http/same-origin";

const PUBLIC = [
  /^\/sign-in$/,
  /^\/api\/auth\//,
  /^\/api\/health$/,
  // An invitation link is opened before its person has a password; its token is the credential.
  /^\/invitations\/[^/]+$/,
  /^\/api\/invitations\/[^/]+$/,
];

export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const config = env();
  const api = pathname.startsWith("/api/");

  // Pages get a fresh nonce, handed to Next.js in the request's own policy header.
  const policy = api
    ? API_POLICY
    : pagePolicy({
        nonce: newNonce(),
        host: request.headers.get("host"),
        publicUrl: config.NEXTAUTH_URL,
        collabUrl: config.COLLAB_URL,
        dev: process.env.NODE_ENV === "development",
      });
  const secured = <T extends NextResponse>(response: T): T => {
    response.headers.set("Content-Security-Policy", policy);
    return response;
  };
  const pass = () => {
    if (api) return secured(NextResponse.next());
    const headers = new Headers(request.headers);
    headers.set("Content-Security-Policy", policy);
    return secured(NextResponse.next({ request: { headers } }));
  };

  if (api) {
    const crossOrigin =
      !pathname.startsWith("/api/auth/") &&
      isCrossOrigin(
        { method: request.method, headers: request.headers, protocol: request.nextUrl.protocol },
        { publicUrl: config.NEXTAUTH_URL, trustProxy: config.TRUST_PROXY },
      );
    if (crossOrigin) {
      return secured(
        NextResponse.json(
          { error: "cross-origin", message: "This request did not come from Concord's own pages, so it was refused." },
          { status: 403 },
        ),
      );
    }
  }
  if (PUBLIC.some((pattern) => pattern.test(pathname))) return pass();

  const token = await getToken({ req: request, secret: process.env.NEXTAUTH_SECRET });
  if (token) return pass();

  if (api) {
    return secured(NextResponse.json({ error: "unauthenticated", message: "Sign in first." }, { status: 401 }));
  }
  const signIn = new URL("/sign-in", request.url);
  if (pathname !== "/") signIn.searchParams.set("callbackUrl", `${pathname}${search}`);
  return secured(NextResponse.redirect(signIn));
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
