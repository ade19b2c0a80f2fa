"use client";

import { signOut } from "next-auth/react";

/** Ends the user's sessions in every browser (a cookie left on a shared computer), then this one. */
export function SignOutEverywhereButton() {
  async function signOutEverywhere() {
    await fetch("/api/auth-sessions/revoke", { method: "POST" }).catch(() => {});
    await signOut({ callbackUrl: "/sign-in" });
  }
  return (
    <button type="button" className="secondary" onClick={() => void signOutEverywhere()}>
      Sign out everywhere
    </button>
  );
}
