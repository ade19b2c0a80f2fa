// Serves Next's pages and routes on one HTTP server that we own, so that later the
// collaboration server can share its port (upgrades on its own path) and so that every request
// carries the client address as we saw it.
import http from "node:http";
import type { Duplex } from "node:stream";
import next from "next";
import { refuseApiRequest } from "./api-gate";
import { stampClientAddress } from "./client-address";
import { routeUpgrade } from "./route-upgrade";

export interface WebServerOptions {
  root: string;
  dev: boolean;
  host: string;
  port: number;
  trustProxy: boolean;
  /** Takes an upgrade (the collaboration server) and says so; the rest go to Next. */
  upgrade?: (request: http.IncomingMessage, socket: Duplex, head: Buffer) => boolean;
}

export async function startWebServer(options: WebServerOptions): Promise<{ close(): Promise<void>; port: number }> {
  const app = next({ dev: options.dev, dir: options.root, hostname: options.host, port: options.port });
  await app.prepare();
  const handle = app.getRequestHandler();
  const server = http.createServer((request, response) => {
    stampClientAddress(request, options.trustProxy);
    const refusal = refuseApiRequest(request);
    if (refusal) {
      response.writeHead(refusal.status, { "Content-Type": "application/json", Connection: "close" });
      response.end(JSON.stringify(refusal.body));
      return;
    }
    void handle(request, response);
  });
  // Next's own upgrades (hot reload, development only) go to Next; the rest are refused and closed.
  server.on("upgrade", routeUpgrade({ take: options.upgrade, nextDev: options.dev ? app.getUpgradeHandler() : null }));

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host, resolve);
  });
  const { port } = server.address() as { port: number };
  return {
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
        // Requests still running after 10 s are cut off rather than holding the shutdown.
        setTimeout(() => {
          server.closeAllConnections();
          resolve();
        }, 10_000).unref();
      }).then(() => app.close()),
  };
}
