"use client";

import type { SessionState } from "./use-collab-session";
import "./live-draft.css";

/** The status line: always the truth about this browser's changes. */
export function syncStatusText({ connection, synced, unsaved }: SessionState): string {
  const waiting = `${unsaved} change${unsaved === 1 ? "" : "s"} waiting`;
  switch (connection) {
    case "signed-out":
      return unsaved > 0 ? `Signed out — sign in again; ${waiting} are kept in this tab` : "Signed out — sign in again";
    case "refused":
      return "Not connected";
    case "ended":
      return "Session ended";
    case "offline":
      return unsaved > 0 ? `Offline — ${waiting}` : "Reconnecting…";
    case "connecting":
      return "Connecting…";
    case "connected":
      if (!synced) return "Loading the text…";
      return unsaved > 0
        ? `Connected · saving ${unsaved} change${unsaved === 1 ? "" : "s"}…`
        : "Connected · all changes saved";
  }
}

export function SyncStatus({ state }: { state: SessionState }) {
  const tone =
    state.connection === "connected" && state.unsaved === 0 ? "ok" : state.connection === "connected" ? "busy" : "warn";
  return (
    <div className="sync-status" data-tone={tone}>
      <span role="status" aria-live="polite">
        {syncStatusText(state)}
      </span>
      {state.problem && <span className="sync-problem">{state.problem}</span>}
    </div>
  );
}
