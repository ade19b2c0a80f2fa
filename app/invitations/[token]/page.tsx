import type { Metadata } from "next";
import Link from "next/link";
import { SetPasswordForm } from "@/components/account/SetPasswordForm";
import { db } from "@/server/db/client";
import { findInvitation, INVITATION_PROBLEMS } from "@/server/users/find-invitation";
import "@/components/account/account.css";

export const metadata: Metadata = { title: "Set your password", referrer: "no-referrer" };

/** Public: the link's token is the credential. Whoever opens it sets the account's password, once. */
export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const invitation = await findInvitation(db(), token);
  if (invitation.state !== "valid") {
    return (
      <main className="invitation-page">
        <h1>This link does not work</h1>
        <p className="notice">{INVITATION_PROBLEMS[invitation.state]}</p>
        <p>
          <Link href="/sign-in">Go to sign in</Link>
        </p>
      </main>
    );
  }
  return (
    <main className="invitation-page">
      <h1>Welcome to Concord</h1>
      <p className="lede">
        {invitation.name}, choose the password for your account <strong>{invitation.email}</strong>. Then sign in with
        it.
      </p>
      <SetPasswordForm token={token} email={invitation.email} />
    </main>
  );
}
