import "server-only";
import { getToken } from "next-auth/jwt";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { db } from "../db/client";
import type { SessionUser } from "../../lib/auth/session-user";
import { currentAccount } from "./current-account";

/**
 * The signed-in user of this request, or null: a valid session cookie whose session was not
 * ended since (sign-out anywhere, deactivation), with the role and delegation the account has
 * now (current-account.ts). The cookie is read directly rather than through next-auth's
 * getServerSession so that a database that does not answer is an error (503 at the edge), not
 * "signed out".
 */
export async function currentUser(): Promise<SessionUser | null> {
  const request = {
    headers: Object.fromEntries(await headers()),
    cookies: Object.fromEntries((await cookies()).getAll().map((cookie) => [cookie.name, cookie.value])),
  };
  const token = await getToken({ req: request as never, secret: process.env.NEXTAUTH_SECRET });
  const user = token?.user as SessionUser | undefined;
  if (!user) return null;
  return currentAccount(db(), user.id, user.sessionVersion ?? 0);
}

/** For pages: the signed-in user, or a redirect to the sign-in page. */
export async function requirePageUser(): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) redirect("/sign-in");
  return user;
}
