// One websocket in a room: who it is, what it may do, and a guard against floods.
import type { WebSocket } from "ws";
import { CloseCode } from "../../lib/collab/close-codes";
import { stateColour } from "../../lib/forum/state-colour";
import type { AwarenessIdentity } from "./awareness-identity";
import type { CollabClaims } from "./collab-token";
import { RateLimiter } from "./rate-limit";

/**
 * Bytes a connection may leave unread before it is closed (4508). The sync of a whole 350-page
 * draft is about 1 MB; a connection gets past 4 MiB only when it stopped reading.
 */
export const MAX_BUFFERED_BYTES = 4 * 1024 * 1024;
const SLOW_READER_GRACE_MS = 2000;

export interface CollabUser {
  id: string;
  name: string;
  role: CollabClaims["role"];
  memberStateCode: string | null;
  canEdit: boolean;
  /** The session version the ticket was issued under (server/auth/session-version.ts). */
  sessionVersion: number;
}

export class CollabConnection {
  readonly awarenessClients = new Set<number>();
  readonly identity: AwarenessIdentity;
  readonly limiter: RateLimiter;

  constructor(
    readonly socket: WebSocket,
    readonly user: CollabUser,
    rate: { perSecond: number; burst: number },
  ) {
    this.identity = {
      name: user.name,
      state: user.memberStateCode,
      role: user.role,
      color: stateColour(user.memberStateCode ?? user.role),
    };
    this.limiter = new RateLimiter(rate.perSecond, rate.burst);
  }

  send(frame: Uint8Array): void {
    if (this.socket.readyState !== this.socket.OPEN) return;
    // Whatever a client does not read waits in our memory; a client that asks and never reads
    // could make it grow without end. Past the cap it is let go and syncs afresh on reconnect.
    if (this.socket.bufferedAmount > MAX_BUFFERED_BYTES) {
      this.closeSlowReader();
      return;
    }
    this.socket.send(frame);
  }

  private closeSlowReader(): void {
    this.socket.close(CloseCode.TooSlow, "too slow");
    // The close frame waits behind what the client does not read: free that memory soon rather
    // than after ws's 30 s close timeout.
    const timer = setTimeout(() => this.socket.terminate(), SLOW_READER_GRACE_MS).unref();
    this.socket.once("close", () => clearTimeout(timer));
  }

  close(code: number, reason: string): void {
    if (this.socket.readyState === this.socket.OPEN || this.socket.readyState === this.socket.CONNECTING) {
      this.socket.close(code, reason);
    }
  }
}
