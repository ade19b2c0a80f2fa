"use client";

// One draft's dashboard for the chair: where the text stands, section by section, who holds
// which brackets where, and which ad ref confirmations are awaited. Live: it reads the draft's
// text through the collaboration session and moves as the room negotiates.
import Link from "next/link";
import { MEMBER_STATES } from "@/lib/forum/member-states";
import type { DraftSummary } from "@/lib/negotiation/dashboard";
import { StateChip } from "../StateChip";
import { StatusCounts } from "./StatusCounts";
import { useLiveSummary } from "./use-live-summary";
import "./dashboard.css";

const memberStateName = (code: string) => MEMBER_STATES.find((state) => state.code === code)?.name ?? code;

const paragraphHref = (documentId: string, id: string) => `/drafts/${documentId}#${id}`;

function Sections({ summary }: { summary: DraftSummary }) {
  if (summary.sections.length <= 1) return null;
  return (
    <section aria-labelledby="by-section">
      <h2 id="by-section">By section</h2>
      <table className="dashboard-table">
        <thead>
          <tr>
            <th scope="col">Section</th>
            <th scope="col">Agreed</th>
            <th scope="col">Ad ref</th>
            <th scope="col">Bracketed</th>
            <th scope="col">Open</th>
            <th scope="col">Paragraphs</th>
          </tr>
        </thead>
        <tbody>
          {summary.sections.map((section) => (
            <tr key={section.headingId ?? "top"}>
              <th scope="row">{section.heading ?? "Before the first heading"}</th>
              <td>{section.counts.agreed}</td>
              <td>{section.counts.agreed_ad_ref}</td>
              <td>{section.counts.bracketed}</td>
              <td>{section.counts.open}</td>
              <td>{section.total}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function Holders({ documentId, summary }: { documentId: string; summary: DraftSummary }) {
  return (
    <section aria-labelledby="holders">
      <h2 id="holders">Brackets held, by delegation</h2>
      {summary.states.length === 0 ? (
        <p>No delegation holds a bracket.</p>
      ) : (
        <table className="dashboard-table holders">
          <thead>
            <tr>
              <th scope="col">Delegation</th>
              <th scope="col">Brackets</th>
              <th scope="col">Alternatives</th>
              <th scope="col">Deletion proposals</th>
              <th scope="col">In paragraphs</th>
            </tr>
          </thead>
          <tbody>
            {summary.states.map((holder) => (
              <tr key={holder.state} data-state={holder.state}>
                <th scope="row">
                  <StateChip code={holder.state} name={memberStateName(holder.state)} />
                </th>
                <td>{holder.brackets}</td>
                <td>{holder.alternatives}</td>
                <td>{holder.deletions}</td>
                <td className="paragraph-refs">
                  {holder.paragraphs.map((paragraph) => (
                    <Link key={paragraph.id} href={paragraphHref(documentId, paragraph.id)}>
                      {paragraph.ref}
                      {paragraph.count > 1 ? ` ×${paragraph.count}` : ""}
                    </Link>
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

const dateFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeZone: "UTC" });

function AdRefs({ documentId, summary }: { documentId: string; summary: DraftSummary }) {
  return (
    <section aria-labelledby="ad-ref">
      <h2 id="ad-ref">Awaiting confirmation (ad ref)</h2>
      {summary.adRef.length === 0 ? (
        <p>No paragraph waits for a capital&apos;s confirmation.</p>
      ) : (
        <table className="dashboard-table">
          <thead>
            <tr>
              <th scope="col">Paragraph</th>
              <th scope="col">To confirm</th>
              <th scope="col">By</th>
            </tr>
          </thead>
          <tbody>
            {summary.adRef.map((pending) => (
              <tr key={pending.id} className={pending.overdue ? "overdue" : undefined}>
                <th scope="row">
                  <Link href={paragraphHref(documentId, pending.id)}>{pending.ref}</Link>
                </th>
                <td>
                  {pending.states.length > 0
                    ? pending.states.map((code) => <StateChip key={code} code={code} name={memberStateName(code)} />)
                    : "Not recorded"}
                </td>
                <td>
                  {pending.deadline ? (
                    <time dateTime={pending.deadline}>{dateFormat.format(new Date(pending.deadline))}</time>
                  ) : (
                    "No deadline recorded"
                  )}
                  {pending.overdue && <span className="overdue-word"> — deadline passed</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function Bracketed({ documentId, summary }: { documentId: string; summary: DraftSummary }) {
  const bracketed = summary.paragraphs.filter((paragraph) => paragraph.status === "bracketed");
  if (bracketed.length === 0) return null;
  return (
    <p className="paragraph-refs bracketed-list">
      Bracketed:{" "}
      {bracketed.map((paragraph) => (
        <Link key={paragraph.id} href={paragraphHref(documentId, paragraph.id)}>
          {paragraph.ref}
        </Link>
      ))}
    </p>
  );
}

export function LiveSummaryNotice({ problem, connection }: { problem: string | null; connection: string }) {
  if (problem) return <p className="notice">{problem}</p>;
  if (connection === "offline")
    return <p className="notice">Offline — the figures will catch up when the connection returns.</p>;
  if (connection === "signed-out") return <p className="notice">Your session expired — sign in again.</p>;
  return null;
}

export function DraftDashboard({ documentId }: { documentId: string }) {
  const { summary, state } = useLiveSummary(documentId);
  return (
    <div className="dashboard" aria-busy={!summary}>
      <LiveSummaryNotice problem={state.problem} connection={state.connection} />
      {!summary ? (
        <p className="loading">Reading the live text…</p>
      ) : (
        <>
          <StatusCounts counts={summary.counts} total={summary.total} subParagraphs={summary.subParagraphs} />
          <Bracketed documentId={documentId} summary={summary} />
          <Sections summary={summary} />
          <Holders documentId={documentId} summary={summary} />
          <AdRefs documentId={documentId} summary={summary} />
        </>
      )}
    </div>
  );
}
