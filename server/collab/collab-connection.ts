// One websocket in a room: who it is, what it may do, and a guard against floods.
import type { WebSocket } from "ws";
import { stateColour } from "../../lib/forum/state-colour";
import type { AwarenessIdentity } from "./awareness-identity";
import type { CollabClaims } from "./collab-token";
import { RateLimiter } from "./rate-limit";

export interface CollabUser {
  id: string;
  name: string;
  role: CollabClaims["role"];
  memberStateCode: string | null;
  canEdit: boolean;
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
    if (this.socket.readyState === this.socket.OPEN) this.socket.send(frame);
  }

  close(code: number, reason: string): void {
    if (this.socket.readyState === this.socket.OPEN || this.socket.readyState === this.socket.CONNECTING) {
      this.socket.close(code, reason);
    }
  }
}
