import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ParagraphTimeline } from "@/components/revisions/ParagraphTimeline";
import { StatusChanges } from "@/components/revisions/StatusChanges";
import { db } from "@/server/db/client";
import { draftForPage } from "@/server/documents/draft-for-page";
import { statusHistory } from "@/server/documents/status-history";
import { paragraphHistory } from "@/server/revisions/paragraph-history";
import "./paragraph-history-page.css";
import { InvalidInputError } from "@/lib/api/errors";

export const metadata: Metadata = { title: "Paragraph history" };
export const dynamic = "force-dynamic";

export default async function ParagraphHistoryPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string; pid: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { id, pid } = await params;
  const checkpoints = (await searchParams).checkpoints === "1";
  const { user, draft } = await draftForPage(id);
  const entries = await paragraphHistory(db(), user, id, decodeURIComponent(pid), { checkpoints }).catch(
    (error: unknown) => {
      if (error instanceof InvalidInputError) notFound();
      throw error;
    },
  );
  const statusChanges = await statusHistory(db(), user, id, decodeURIComponent(pid));
  const present = entries.filter((entry) => entry.paragraph !== null);
  if (present.length === 0) notFound(); // never a paragraph of this draft
  const latest = present.at(-1)!.paragraph!;
  const base = `/drafts/${draft.id}/paragraphs/${encodeURIComponent(decodeURIComponent(pid))}`;
  return (
    <main className="page paragraph-history-page">
      <p className="breadcrumbs">
        <Link href="/">Drafts</Link> ·{" "}
        <Link href={`/drafts/${draft.id}#${encodeURIComponent(pid)}`}>Open the draft</Link> ·{" "}
        <Link href={`/drafts/${draft.id}/history`}>History</Link>
      </p>
      <h1>History of {latest.number ?? "a heading"}</h1>
      <p className="cmp-draft-title">
        {draft.title} <span className="symbol">{draft.symbol}</span>
      </p>
      <p className="paragraph-history-options">
        {entries.length === 1 && !checkpoints
          ? "No revision has been issued yet: this is the paragraph as it stands. "
          : "At each issued revision, then as it stands; changes since the entry before are marked. "}
        {checkpoints ? (
          <Link href={base}>Issued revisions only</Link>
        ) : (
          <Link href={`${base}?checkpoints=1`}>Include the automatic checkpoints</Link>
        )}
      </p>
      <ParagraphTimeline entries={entries} />
      <StatusChanges changes={statusChanges} />
    </main>
  );
}
