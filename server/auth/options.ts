// next-auth (v4) configuration: email + password against our own accounts, JWT sessions that
// carry the role and the delegation.
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { db } from "../db/client";
import { throttledError } from "../../lib/forum/sign-in-errors";
import { CLIENT_ADDRESS_HEADER } from "../runtime/client-address";
import type { SessionUser } from "./session-user";
import { verifyCredentials } from "./verify-credentials";

const SESSION_HOURS = 12; // a long negotiating day, not a week on a shared embassy computer

export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: SESSION_HOURS * 3600 },
  pages: { signIn: "/sign-in" },
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
    jwt({ token, user }) {
      if (user) token.user = user as unknown as SessionUser;
      return token;
    },
    session({ session, token }) {
      return { ...session, user: token.user as SessionUser };
    },
  },
};
