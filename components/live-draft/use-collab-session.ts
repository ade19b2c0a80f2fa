"use client";

// Joins a draft's live text: asks the app for a ticket, connects a y-websocket provider, keeps
// the ticket fresh (it lives five minutes), and says truthfully where the connection stands.
import { useEffect, useState } from "react";
import { WebsocketProvider } from "y-websocket";
import * as Y from "yjs";
import type { CollabTicket } from "@/lib/api/documents";
import { CloseCode, describeClose } from "@/lib/collab/close-codes";
import { SaveTracker, type ProviderLike } from "@/lib/collab/save-tracker";

/** "ended": the secretariat changed or ended this person's access while the draft was open. */
export type Connection = "connecting" | "connected" | "offline" | "signed-out" | "refused" | "ended";

export interface CollabSession {
  doc: Y.Doc;
  provider: WebsocketProvider;
  tracker: SaveTracker;
  ticket: CollabTicket;
}

export interface SessionState {
  session: CollabSession | null;
  connection: Connection;
  /** Whether the first sync with the server finished (the text shown is the server's). */
  synced: boolean;
  unsaved: number;
  problem: string | null;
  /** Whether the latest ticket lets this person change the text (their role, the draft closed). */
  canEdit: boolean | null;
}

const REFRESH_EVERY_MS = 4 * 60_000; // tickets live five minutes

class SignedOut extends Error {}

async function fetchTicket(documentId: string): Promise<CollabTicket> {
  const response = await fetch(`/api/documents/${documentId}/collab-token`, { method: "POST" });
  if (response.status === 401) throw new SignedOut();
  if (!response.ok) throw new Error(((await response.json().catch(() => ({}))) as { message?: string }).message ?? "");
  return (await response.json()) as CollabTicket;
}

export function useCollabSession(documentId: string): SessionState {
  const [state, setState] = useState<SessionState>({
    session: null,
    connection: "connecting",
    synced: false,
    unsaved: 0,
    problem: null,
    canEdit: null,
  });

  useEffect(() => {
    let disposed = false;
    let session: CollabSession | null = null;
    let refresh: ReturnType<typeof setInterval> | undefined;
    const disposers: (() => void)[] = [];
    const update = (patch: Partial<SessionState>) => !disposed && setState((previous) => ({ ...previous, ...patch }));

    /** A fresh ticket: it also says what this person may do now. `ended`: how to say a 401. */
    const renew = async (ended = false): Promise<boolean> => {
      try {
        const ticket = await fetchTicket(documentId);
        if (session) session.provider.params = ticket.params;
        update({ canEdit: ticket.canEdit });
        return true;
      } catch (error) {
        if (error instanceof SignedOut) update({ connection: ended ? "ended" : "signed-out", problem: null });
        return false;
      }
    };

    void (async () => {
      let ticket: CollabTicket;
      try {
        ticket = await fetchTicket(documentId);
      } catch (error) {
        update(
          error instanceof SignedOut
            ? { connection: "signed-out" }
            : { connection: "refused", problem: (error as Error).message || "This draft could not be opened." },
        );
        return;
      }
      if (disposed) return;
      const doc = new Y.Doc();
      const provider = new WebsocketProvider(ticket.url, ticket.room, doc, { params: ticket.params, disableBc: true });
      const tracker = new SaveTracker(provider as unknown as ProviderLike);
      session = { doc, provider, tracker, ticket };
      update({ canEdit: ticket.canEdit });

      provider.on("status", ({ status }) => {
        if (status === "connected") update({ connection: "connected", problem: null });
        else if (status === "disconnected") update({ connection: "offline" });
      });
      provider.on("sync", (synced: boolean) => synced && update({ synced: true }));
      provider.on("connection-close", (event) => {
        const message = event ? describeClose(event.code) : null;
        if (message) update({ problem: message });
      });
      // 4400–4499 stop y-websocket's reconnecting. An expired ticket we can mend; changed access
      // too: the fresh ticket says what this person may do now — or, refused, that it has ended.
      provider.on("closed", ({ code }) => {
        if (code === CloseCode.Unauthenticated || code === CloseCode.AccessChanged) {
          void renew(code === CloseCode.AccessChanged).then((ok) => ok && provider.connect());
        } else {
          update({ connection: "refused", problem: describeClose(code) ?? `Connection closed (${code}).` });
        }
      });
      tracker.subscribe(() => update({ unsaved: tracker.unsaved }));
      // The browser knows at once when the network goes; the socket may take 30 s to notice.
      const goOffline = () => provider.disconnect();
      const goOnline = () => provider.connect();
      window.addEventListener("offline", goOffline);
      window.addEventListener("online", goOnline);
      refresh = setInterval(() => void renew(), REFRESH_EVERY_MS);
      update({ session });

      disposers.push(() => {
        window.removeEventListener("offline", goOffline);
        window.removeEventListener("online", goOnline);
      });
    })();

    return () => {
      disposed = true;
      clearInterval(refresh);
      disposers.forEach((dispose) => dispose());
      if (session) {
        session.tracker.destroy();
        session.provider.destroy();
        session.doc.destroy();
      }
    };
  }, [documentId]);

  return state;
}
