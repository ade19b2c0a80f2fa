// What everyone must know before reading a draft: that it is closed (read-only for everyone, the
// collaboration server refusing any change) or archived (out of the list, kept to read).
import Link from "next/link";
import "./manage-draft.css";

// A day written out, as the cover of a document writes it ("12 October 2026"), in UTC.
const day = new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeZone: "UTC" });

export function DraftLifecycleNotice({ closedAt, archivedAt }: { closedAt: string | null; archivedAt: string | null }) {
  return (
    <>
      {closedAt && (
        <p className="draft-closed" role="note">
          Closed on {day.format(new Date(closedAt))} by the secretariat: read-only.
        </p>
      )}
      {archivedAt && (
        <p className="notice" role="note">
          Archived on {day.format(new Date(archivedAt))}: this draft is no longer in the list of drafts, and is kept
          here to read. <Link href="/archived">Archived drafts</Link>
        </p>
      )}
    </>
  );
}
