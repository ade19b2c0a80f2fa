import type { Metadata } from "next";
import Link from "next/link";
import { ChangePasswordForm } from "@/components/account/ChangePasswordForm";
import { SignOutEverywhereButton } from "@/components/SignOutEverywhereButton";
import { ROLE_LABELS } from "@/lib/auth/session-user";
import { requirePageUser } from "@/server/auth/current-user";
import "@/components/account/account.css";

export const metadata: Metadata = { title: "Your account" };

export default async function AccountPage() {
  const user = await requirePageUser();
  return (
    <main className="page account-page">
      <p className="breadcrumbs">
        <Link href="/">Drafts</Link>
      </p>
      <h1>Your account</h1>
      <p>
        {user.name} · {user.email} · {ROLE_LABELS[user.role]}
        {user.memberStateName ? ` of ${user.memberStateName}` : ""}
      </p>
      <section className="account-panel">
        <ChangePasswordForm email={user.email} />
      </section>
      <section className="account-panel" aria-labelledby="sign-out-everywhere-title">
        <h2 id="sign-out-everywhere-title">Sign out everywhere</h2>
        <p>Left Concord open on a shared computer? This ends every session of yours, in every browser, this one too.</p>
        <SignOutEverywhereButton />
      </section>
    </main>
  );
}
