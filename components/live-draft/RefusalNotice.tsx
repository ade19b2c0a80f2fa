"use client";

// When a change is not taken, the person is told why, where they typed: either the editor did
// not take it (it knows the rules too: lib/editor/known-rules-extension.ts), or the
// collaboration server refused it, undid it and said why (lib/collab/permission-denied.ts).
import { useCallback, useEffect, useState } from "react";
import { onPermissionDenied, refusalReason } from "@/lib/collab/permission-denied";

export interface Refusal {
  reason: string;
  /** The server undid a change that had been made; otherwise the change never happened. */
  undone: boolean;
}

/** The refusal to show, the server's as they come, and `say` for the editor's own. */
export function useRefusals(provider: object) {
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  useEffect(
    () => onPermissionDenied(provider, (message) => setRefusal({ reason: refusalReason(message), undone: true })),
    [provider],
  );
  const say = useCallback((reason: string) => setRefusal({ reason, undone: false }), []);
  const dismiss = useCallback(() => setRefusal(null), []);
  return { refusal, say, dismiss };
}

export function RefusalNotice({ refusal, onDismiss }: { refusal: Refusal | null; onDismiss: () => void }) {
  if (!refusal) return null;
  return (
    <div className="refusal-notice" role="alert">
      <span>
        {refusal.undone ? (
          <>
            <strong>Not accepted:</strong> {refusal.reason} Your change was undone.
          </>
        ) : (
          <>
            <strong>Not possible:</strong> {refusal.reason}
          </>
        )}
      </span>
      <button type="button" onClick={onDismiss} aria-label="Dismiss">
        Dismiss
      </button>
    </div>
  );
}
