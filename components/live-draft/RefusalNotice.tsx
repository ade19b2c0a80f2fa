"use client";

// When the collaboration server refuses a change (a locked paragraph, a status the rules do not
// allow), it undoes it and says why. This says it to the person, instead of the change
// silently disappearing (lib/collab/permission-denied.ts).
import { useEffect, useState } from "react";
import { onPermissionDenied, refusalReason } from "@/lib/collab/permission-denied";

export function RefusalNotice({ provider }: { provider: object }) {
  const [reason, setReason] = useState<string | null>(null);
  useEffect(() => onPermissionDenied(provider, (message) => setReason(refusalReason(message))), [provider]);
  if (!reason) return null;
  return (
    <div className="refusal-notice" role="alert">
      <span>
        <strong>Not accepted:</strong> {reason} Your change was undone.
      </span>
      <button type="button" onClick={() => setReason(null)} aria-label="Dismiss">
        Dismiss
      </button>
    </div>
  );
}
