// The audit log as a table: when (UTC, as delegations quote times to each other), who, what in
// words, and the draft it concerns.
import Link from "next/link";
import type { AuditEntryView } from "@/lib/api/audit";
import { ROLE_LABELS, type Role } from "@/lib/auth/session-user";
import { StateChip } from "../../StateChip";
import { When } from "../../revisions/When";
import { describeAct } from "./audit-words";
import "./audit.css";

export function Actor({ actor }: { actor: AuditEntryView["actor"] }) {
  if (!actor) return <span className="quiet">Nobody signed in</span>;
  return (
    <span className="audit-actor">
      {actor.name} <span className="quiet">({ROLE_LABELS[actor.role as Role] ?? actor.role})</span>
      {actor.memberState && <StateChip code={actor.memberState} />}
    </span>
  );
}

export function AuditTable({ entries }: { entries: AuditEntryView[] }) {
  return (
    <table className="audit-table">
      <caption className="visually-hidden">Audit log, newest first</caption>
      <thead>
        <tr>
          <th scope="col">When</th>
          <th scope="col">Who</th>
          <th scope="col">What</th>
          <th scope="col">Draft</th>
        </tr>
      </thead>
      <tbody>
        {entries.map((entry) => (
          <tr key={entry.id} data-action={entry.action}>
            <td className="audit-when">
              <When at={entry.at} />
            </td>
            <td>
              <Actor actor={entry.actor} />
            </td>
            <td>{describeAct(entry.action, entry.details)}</td>
            <td>
              {entry.document ? (
                <Link href={`/drafts/${entry.document.id}`} title={entry.document.title}>
                  <span className="symbol">{entry.document.symbol}</span>
                </Link>
              ) : (
                <span className="quiet">—</span>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
