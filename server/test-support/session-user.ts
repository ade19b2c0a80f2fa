// A demo account as the server sees it once signed in, for tests that call server functions.
import type { SessionUser } from "../../lib/auth/session-user";
import type { Database } from "../db/client";

export async function sessionUser(db: Database, email: string): Promise<SessionUser> {
  const user = await db.user.findUniqueOrThrow({ where: { email }, include: { memberState: true } });
  return { ...user, memberStateName: user.memberState?.name ?? null };
}
