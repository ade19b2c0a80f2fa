// next-auth (v4) configuration: email + password against our own accounts, JWT sessions that
// carry the role and the delegation.
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { db } from "../db/client";
import { throttledError } from "../../lib/forum/sign-in-errors";
import { CLIENT_ADDRESS_HEADER } from "../runtime/client-address";
import { safeRedirectUrl } from "./safe-callback";
import type { SessionUser } from "../../lib/auth/session-user";
import { endAllSessions, sessionIsCurrent } from "./session-version";
import { verifyCredentials } from "./verify-credentials";

const SESSION_HOURS = 12; // a long negotiating day, not a week on a shared embassy computer
const SESSION_ENDED = "This session was ended (signed out).";

export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: SESSION_HOURS * 3600 },
  pages: { signIn: "/sign-in" },
  logger: {
    // A cookie of an ended session is expected traffic, not a server error worth a stack trace.
    error(code, metadata) {
      if (code === "JWT_SESSION_ERROR" && (metadata as { message?: string })?.message === SESSION_ENDED) return;
      console.error(`[next-auth][error][${code}]`, metadata);
    },
  },
  providers: [
    CredentialsProvider({
      name: "Concord account",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(credentials, req) {
        const header = req?.headers?.[CLIENT_ADDRESS_HEADER];
        const outcome = await verifyCredentials(db(), {
          email: String(credentials?.email ?? ""),
          password: String(credentials?.password ?? ""),
          clientAddress: typeof header === "string" ? header : null,
        });
        if (outcome.ok) return outcome.user;
        // next-auth hands a thrown error's message to the sign-in form; null means "invalid".
        if (outcome.reason === "throttled") throw new Error(throttledError(outcome.retryAfterSeconds));
        return null;
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user) {
        token.user = user as unknown as SessionUser; // signing in: the version is the current one
        return token;
      }
      // next-auth's own routes (/api/auth/session) refuse an ended session too: throwing here
      // makes next-auth answer "no session" and clear the cookie. Pages and API routes check in
      // currentUser.
      const signedIn = token.user as SessionUser | undefined;
      if (!signedIn || !(await sessionIsCurrent(db(), signedIn.id, signedIn.sessionVersion ?? 0))) {
        throw new Error(SESSION_ENDED);
      }
      return token;
    },
    session({ session, token }) {
      return { ...session, user: token.user as SessionUser };
    },
    // Only back into Concord: a crafted callbackUrl must not make sign-in a springboard elsewhere.
    redirect({ url, baseUrl }) {
      return safeRedirectUrl(url, baseUrl);
    },
  },
  events: {
    // A JWT cannot be deleted, only outdated: signing out ends this session and every copy of its
    // cookie, and with them every other session of the user (one version per user).
    async signOut({ token }) {
      const signedIn = token?.user as SessionUser | undefined;
      if (signedIn) await endAllSessions(db(), signedIn.id, "auth.sign-out");
    },
  },
};
