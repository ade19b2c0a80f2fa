// Every status the chair gave a paragraph, newest first, with who and when: the record that
// "agreed ad ref" was declared in the room, by whom, and with which capitals to confirm.
import { ROLE_LABELS, type Role } from "@/lib/auth/session-user";
import type { StatusHistoryEntry } from "@/lib/api/documents";
import { StatusWord } from "./StatusWord";
import { When } from "./When";

export function StatusChanges({ changes }: { changes: readonly StatusHistoryEntry[] }) {
  return (
    <section className="status-changes" aria-labelledby="status-changes-title">
      <h2 id="status-changes-title">Status changes</h2>
      {changes.length === 0 ? (
        <p>The chair has not changed this paragraph&apos;s status.</p>
      ) : (
        <ol>
          {changes.map((change) => (
            <li key={change.id}>
              <When at={change.at} /> — {change.by.name} ({ROLE_LABELS[change.by.role as Role] ?? change.by.role}):{" "}
              <StatusWord status={change.from as never} /> → <StatusWord status={change.to as never} />
              {change.adRef && change.adRef.states.length > 0 && (
                <span>
                  {" "}
                  — confirmation awaited from {change.adRef.states.join(", ")}
                  {change.adRef.deadline && ` by ${change.adRef.deadline}`}
                </span>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
