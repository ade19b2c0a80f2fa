// Short-lived tokens that admit one user, with one role, to one draft's live text. Signed with
// HMAC-SHA256 under a key derived from the app's secret, so that a session cookie and a
// collaboration token can never be swapped for one another.
import { createHmac, timingSafeEqual } from "node:crypto";
import type { Role } from "../../lib/auth/session-user";

export const TOKEN_LIFETIME_SECONDS = 300;

export interface CollabClaims {
  /** The draft. */
  doc: string;
  /** The user, and what the server needs to know of them without asking the database. */
  sub: string;
  name: string;
  role: Role;
  state: string | null;
  /**
   * The user's session version when the ticket was issued: signing out ends the ticket too.
   * Absent (tickets made by tests and tools) counts as 0.
   */
  ver?: number;
  /** Expiry, seconds since the epoch. */
  exp: number;
}

export type TokenProblem = "missing" | "malformed" | "forged" | "expired";

export class TokenError extends Error {
  constructor(readonly problem: TokenProblem) {
    super(`collaboration token ${problem}`);
    this.name = "TokenError";
  }
}

function key(secret: string): Buffer {
  return createHmac("sha256", secret).update("concord collaboration token v1").digest();
}

function sign(payload: string, secret: string): string {
  return createHmac("sha256", key(secret)).update(payload).digest("base64url");
}

export function issueCollabToken(
  claims: Omit<CollabClaims, "exp">,
  secret: string,
  now = Date.now(),
  lifetimeSeconds = TOKEN_LIFETIME_SECONDS,
): { token: string; expiresAt: Date } {
  const exp = Math.floor(now / 1000) + lifetimeSeconds;
  const payload = Buffer.from(JSON.stringify({ ...claims, exp })).toString("base64url");
  return { token: `${payload}.${sign(payload, secret)}`, expiresAt: new Date(exp * 1000) };
}

export function verifyCollabToken(token: string | null | undefined, secret: string, now = Date.now()): CollabClaims {
  if (!token) throw new TokenError("missing");
  const parts = token.split(".");
  if (parts.length !== 2 || !parts[0] || !parts[1]) throw new TokenError("malformed");
  const [payload, signature] = parts as [string, string];
  const expected = Buffer.from(sign(payload, secret));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) throw new TokenError("forged");
  let claims: CollabClaims;
  try {
    claims = JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as CollabClaims;
  } catch {
    throw new TokenError("malformed");
  }
  if (
    typeof claims.exp !== "number" ||
    typeof claims.doc !== "string" ||
    typeof claims.sub !== "string" ||
    (claims.ver !== undefined && typeof claims.ver !== "number")
  ) {
    throw new TokenError("malformed");
  }
  if (claims.exp * 1000 <= now) throw new TokenError("expired");
  return claims;
}
