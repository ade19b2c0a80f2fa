// Which upgrade requests the web server takes, and what happens to the rest. The collaboration
// server takes its own path; Next's hot reload exists only in development (`npm run dev`), and
// there only on Next's own path. Every other upgrade is answered 404 and closed: Next's production
// handler neither answers nor closes one, and each held a descriptor for good.
import type { IncomingMessage } from "node:http";
import type { Duplex } from "node:stream";
import { refuseUpgrade } from "./refuse-upgrade";

export type UpgradeHandler = (request: IncomingMessage, socket: Duplex, head: Buffer) => void;

export interface UpgradeRoutes {
  /** Takes an upgrade (the collaboration server) and says so. */
  take?: (request: IncomingMessage, socket: Duplex, head: Buffer) => boolean;
  /** Next's handler, in development only (hot reload); null in production. */
  nextDev: ((request: IncomingMessage, socket: Duplex, head: Buffer) => Promise<unknown>) | null;
}

const NEXT_DEV_PATH = "/_next/";

export function routeUpgrade(routes: UpgradeRoutes): UpgradeHandler {
  return (request, socket, head) => {
    socket.on("error", () => socket.destroy()); // a reset by the client is no concern of ours
    if (routes.take?.(request, socket, head)) return;
    if (routes.nextDev && (request.url ?? "").startsWith(NEXT_DEV_PATH)) {
      routes.nextDev(request, socket, head).catch(() => socket.destroy());
      return;
    }
    refuseUpgrade(socket, 404);
  };
}
