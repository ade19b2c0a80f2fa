import type { Metadata } from "next";
import Link from "next/link";
import { NewDraftForm } from "@/components/forum/import/NewDraftForm";
import { can } from "@/lib/policy/can";
import { requirePageUser } from "@/server/auth/current-user";
import { db } from "@/server/db/client";
import { forumSettings } from "@/server/forum/forum-settings";
import { nextSymbol } from "@/server/forum/next-symbol";

export const metadata: Metadata = { title: "New draft" };

export default async function NewDraftPage() {
  const user = await requirePageUser();
  if (!can(user, "create")) {
    return (
      <main className="page">
        <h1>New draft</h1>
        <p className="notice">
          New drafts are opened by the secretariat. <Link href="/">Back to the drafts</Link>
        </p>
      </main>
    );
  }
  const [settings, symbol] = await Promise.all([forumSettings(db()), nextSymbol(db())]);
  return (
    <main className="page">
      <p className="breadcrumbs">
        <Link href="/">Drafts</Link>
      </p>
      <h1>New draft</h1>
      <p>Create an empty draft, or import the zero draft from Word: preview it first, then create it.</p>
      <NewDraftForm nextSymbol={symbol} languages={settings.workingLanguages} />
    </main>
  );
}
