// A draft's life on its history page: tabled, renamed, moved to another stage, closed, archived —
// who did it and when, newest first, from the audit log.
import type { AuditEntryView } from "@/lib/api/audit";
import { When } from "../../revisions/When";
import { Actor } from "./AuditTable";
import { describeAct } from "./audit-words";
import "./audit.css";

export function DraftLifecycle({ entries }: { entries: AuditEntryView[] }) {
  return (
    <section className="lifecycle" aria-labelledby="lifecycle-title">
      <h2 id="lifecycle-title">The draft&apos;s life</h2>
      {entries.length === 0 ? (
        <p className="quiet">
          Nothing recorded yet: the draft has kept its title, symbol and stage since it was tabled.
        </p>
      ) : (
        <ol>
          {entries.map((entry) => (
            <li key={entry.id} data-action={entry.action}>
              <span className="lifecycle-act">{describeAct(entry.action, entry.details)}</span>
              <span className="lifecycle-meta">
                <Actor actor={entry.actor} /> · <When at={entry.at} />
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
