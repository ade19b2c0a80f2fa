import type { Metadata } from "next";
import Link from "next/link";
import { AuditFilters } from "@/components/forum/audit/AuditFilters";
import { AuditTable } from "@/components/forum/audit/AuditTable";
import { auditQuery } from "@/lib/api/audit";
import { can } from "@/lib/policy/can";
import { auditFilterChoices } from "@/server/audit/audit-filter-choices";
import { listAudit } from "@/server/audit/list-audit";
import { requirePageUser } from "@/server/auth/current-user";
import { db } from "@/server/db/client";

export const metadata: Metadata = { title: "Audit log" };
export const dynamic = "force-dynamic";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** The first value of each parameter, as the API route reads its query. */
const firstValues = (params: Record<string, string | string[] | undefined>) =>
  Object.fromEntries(Object.entries(params).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]));

/** This page's address with these filters, and `before` for another page. */
function pageHref(filters: Record<string, string | undefined>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) if (value) params.set(key, value);
  const query = params.toString();
  return query ? `?${query}` : "?";
}

export default async function AuditPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requirePageUser();
  if (!can(user, "read-audit")) {
    return (
      <main className="page">
        <h1>Audit log</h1>
        <p className="notice">
          The audit log is kept for the secretariat and the chair. <Link href="/">Back to the drafts</Link>
        </p>
      </main>
    );
  }
  const parsed = auditQuery.safeParse(firstValues(await searchParams));
  const query = parsed.success ? parsed.data : {};
  const [page, choices] = await Promise.all([listAudit(db(), user, query), auditFilterChoices(db(), user)]);
  const filters = { actor: query.actor, document: query.document, action: query.action };
  return (
    <main className="page audit-page">
      <p className="breadcrumbs">
        <Link href="/">Drafts</Link> · <Link href="/forum">Forum</Link>
      </p>
      <h1>Audit log</h1>
      <p className="quiet">Who did what, and when (UTC), newest first. Entries are never changed or deleted.</p>
      {!parsed.success && (
        <p className="alert" role="alert">
          These filters could not be read ({parsed.error.issues[0]?.message}): the whole log is shown.
        </p>
      )}
      <AuditFilters choices={choices} query={query} />
      {page.entries.length === 0 ? (
        <p className="notice">Nothing recorded matches these filters.</p>
      ) : (
        <AuditTable entries={page.entries} />
      )}
      <nav className="audit-pages" aria-label="Pages of the audit log">
        {query.before && <Link href={pageHref(filters)}>Newest entries</Link>}
        {page.next && <Link href={pageHref({ ...filters, before: page.next })}>Older entries</Link>}
      </nav>
    </main>
  );
}
