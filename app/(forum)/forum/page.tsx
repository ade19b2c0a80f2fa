import type { Metadata } from "next";
import Link from "next/link";
import { ForumSettingsForm } from "@/components/forum/settings/ForumSettingsForm";
import "@/components/forum/settings/forum-settings.css";
import { can } from "@/lib/policy/can";
import { requirePageUser } from "@/server/auth/current-user";
import { db } from "@/server/db/client";
import { forumSettings } from "@/server/forum/forum-settings";
import { nextSymbol } from "@/server/forum/next-symbol";

export const metadata: Metadata = { title: "Forum" };

/** The secretariat's workspace: the forum's settings and the way to its people, drafts and audit log. */
export default async function ForumPage() {
  const user = await requirePageUser();
  if (!can(user, "read-forum")) {
    return (
      <main className="page forum-page">
        <h1>Forum</h1>
        <p className="notice">
          The forum&apos;s settings are kept by the secretariat. <Link href="/">Back to the drafts</Link>
        </p>
      </main>
    );
  }
  const settings = await forumSettings(db());
  return (
    <main className="page forum-page">
      <p className="breadcrumbs">
        <Link href="/">Drafts</Link>
      </p>
      <h1>{settings.name}</h1>
      <ul className="forum-area-links">
        {can(user, "read-people") && (
          <li>
            <Link href="/forum/people">People</Link>
          </li>
        )}
        {can(user, "create") && (
          <li>
            <Link href="/forum/drafts/new">New draft or Word import</Link>
          </li>
        )}
        {can(user, "read-audit") && (
          <li>
            <Link href="/forum/audit">Audit log</Link>
          </li>
        )}
        <li>
          <Link href="/archived">Archived drafts</Link>
        </li>
      </ul>
      <ForumSettingsForm
        settings={{ ...settings, nextSymbol: await nextSymbol(db()) }}
        canManage={can(user, "manage-forum")}
      />
    </main>
  );
}
