// Who gets a websocket to a draft, before any room is involved: the upgrade within the limits
// on sockets not yet in a room (admission-limit.ts: per client address and in total, each for
// at most `timeoutMs`), then the collaboration ticket (authenticate.ts) of a session that has
// not ended since the ticket was issued.
import type { IncomingMessage } from "node:http";
import type { Duplex } from "node:stream";
import { WebSocketServer, type WebSocket } from "ws";
import { CloseCode } from "../../lib/collab/close-codes";
import type { Database } from "../db/client";
import { clientAddress } from "../runtime/client-address";
import { refuseUpgrade } from "../runtime/refuse-upgrade";
import { AdmissionLimit, type AdmissionLimits } from "./admission-limit";
import { authenticate, refuseEndedSession } from "./authenticate";
import type { CollabUser } from "./collab-connection";

export interface AdmissionOptions {
  db: Database;
  secret: string;
  limits: AdmissionLimits;
  maxMessageBytes: number;
  /** Take the client address from X-Forwarded-For (behind our own reverse proxy only). */
  trustProxy: boolean;
  log: (line: string) => void;
}

export class Admission {
  private readonly limit: AdmissionLimit;
  private readonly wss: WebSocketServer;

  constructor(private readonly options: AdmissionOptions) {
    this.limit = new AdmissionLimit(options.limits);
    this.wss = new WebSocketServer({ noServer: true, maxPayload: options.maxMessageBytes });
  }

  /**
   * Takes the upgrade, or answers 503 when the limits are reached, and hands the websocket to
   * `enter`, which resolves once it is in a room or refused. Until then it holds a seat.
   */
  upgrade(
    request: IncomingMessage,
    socket: Duplex,
    head: Buffer,
    documentId: string,
    enter: (ws: WebSocket) => Promise<void>,
  ): void {
    const release = this.limit.enter(clientAddress(request, this.options.trustProxy) ?? "unknown");
    if (!release) {
      refuseUpgrade(socket, 503);
      return;
    }
    let websocket: WebSocket | null = null;
    // Not in a room by then (a stalled database, a client that never finishes): let it go.
    const timer = setTimeout(() => {
      const ws = websocket as WebSocket | null; // set by the handshake below, if it got that far
      if (!ws) socket.destroy();
      else if (ws.readyState === ws.OPEN) ws.close(CloseCode.TryAgainLater, "admission timed out");
      else ws.terminate(); // refused, and its client never answered our close
    }, this.options.limits.timeoutMs).unref();
    const leave = () => {
      clearTimeout(timer);
      release();
    };
    socket.once("close", leave);
    this.wss.handleUpgrade(request, socket, head, (ws) => {
      websocket = ws;
      enter(ws)
        .catch((error: unknown) => {
          this.options.log(`Admitting a connection to ${documentId} failed: ${(error as Error).message}`);
          ws.close(1011, "internal error");
        })
        // A refused socket keeps its seat until it is really closed: its client may never answer.
        .finally(() => ws.readyState === ws.OPEN && leave());
    });
  }

  /** The person behind the request's ticket for this draft; throws ConnectionRefused. */
  async identify(request: IncomingMessage, documentId: string): Promise<CollabUser> {
    const admitted = authenticate(request, documentId, this.options.secret);
    await refuseEndedSession(this.options.db, admitted); // signed out since the ticket was issued
    return admitted.user;
  }

  async close(): Promise<void> {
    for (const client of this.wss.clients) client.terminate();
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
  }
}
