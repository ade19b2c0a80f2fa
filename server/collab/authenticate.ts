// Step one of every connection: who is this, and may they open this draft? Answered from the
// token (signed, short-lived, bound to one user, role and draft) and the policy; then one look at
// the database, because a ticket outlives the session it came from when that session ends.
import type { IncomingMessage } from "node:http";
import { CloseCode } from "../../lib/collab/close-codes";
import { currentAccount } from "../auth/current-account";
import type { Database } from "../db/client";
import { can } from "../../lib/policy/can";
import type { CollabUser } from "./collab-connection";
import { TokenError, verifyCollabToken } from "./collab-token";

export class ConnectionRefused extends Error {
  constructor(
    readonly code: number,
    readonly reason: string,
  ) {
    super(reason);
    this.name = "ConnectionRefused";
  }
}

export interface Admission {
  documentId: string;
  user: CollabUser;
  /** The session version the ticket was issued under. */
  sessionVersion: number;
}

/** The draft id from `<path>/<id>`, or null when the request is not for the collaboration server. */
export function roomFromPath(url: string | undefined, path: string): string | null {
  const { pathname } = new URL(url ?? "/", "http://localhost");
  if (!pathname.startsWith(`${path}/`)) return null;
  const room = decodeURIComponent(pathname.slice(path.length + 1));
  return room && !room.includes("/") ? room : null;
}

export function authenticate(
  request: IncomingMessage,
  documentId: string,
  secret: string,
  now = Date.now(),
): Admission {
  const token = new URL(request.url ?? "/", "http://localhost").searchParams.get("token");
  let claims;
  try {
    claims = verifyCollabToken(token, secret, now);
  } catch (error) {
    const problem = error instanceof TokenError ? error.problem : "malformed";
    throw new ConnectionRefused(CloseCode.Unauthenticated, `token ${problem}`);
  }
  if (claims.doc !== documentId) throw new ConnectionRefused(CloseCode.Forbidden, "token is for another draft");
  const user = { role: claims.role };
  if (!can(user, "read")) throw new ConnectionRefused(CloseCode.Forbidden, "role may not read this draft");
  return {
    documentId,
    sessionVersion: claims.ver ?? 0,
    user: {
      id: claims.sub,
      name: claims.name,
      role: claims.role,
      memberStateCode: claims.state,
      canEdit: can(user, "edit"),
      sessionVersion: claims.ver ?? 0,
    },
  };
}

/**
 * Refuses (4401, as for an expired ticket: the browser fetches a fresh one) a ticket whose session
 * was ended since it was issued, or whose person has another role or delegation now.
 */
export async function refuseEndedSession(db: Database, admission: Admission): Promise<void> {
  const account = await currentAccount(db, admission.user.id, admission.sessionVersion);
  if (!account) throw new ConnectionRefused(CloseCode.Unauthenticated, "session ended");
  if (account.role !== admission.user.role || account.memberStateCode !== admission.user.memberStateCode)
    throw new ConnectionRefused(CloseCode.Unauthenticated, "access changed since the ticket was issued");
}
