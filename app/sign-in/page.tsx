import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/SignInForm";
import { currentUser } from "@/server/auth/current-user";
import { safeCallbackPath } from "@/server/auth/safe-callback";
import "./sign-in.css";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  const { callbackUrl } = await searchParams;
  // Only paths inside Concord: a crafted link must not send someone elsewhere after sign-in.
  const target = safeCallbackPath(callbackUrl);
  if (await currentUser()) redirect(target);
  return (
    <main className="sign-in">
      <h1>Concord</h1>
      <p className="lede">Sign in to the negotiating texts of your forum.</p>
      <SignInForm callbackUrl={target} />
      <p className="hint">
        Demo forum: <code>chair@concord.test</code>, <code>secretariat@concord.test</code>,{" "}
        <code>observer@concord.test</code>, or a delegation such as <code>kz@concord.test</code>; password{" "}
        <code>concord</code>.
      </p>
    </main>
  );
}
