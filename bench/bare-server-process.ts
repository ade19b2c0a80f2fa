// The baseline: @y/websocket-server 0.1.1 as its README runs it (setupWSConnection on every
// upgrade), in memory: no authentication, no persistence, no batching. Its own process, its own
// HTTP server (port 0). It uses the project's ws 8 (as Concord does), not the ws 6 the package
// may pull in as an optional dependency, so that the comparison is between the servers' logic.
// The bench seeds the draft ("seed": the same Yjs bytes Concord starts from) before any client
// connects; "mark" and "state" answer as in concord-server-process.ts.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { docs, getYDoc, setupWSConnection } from "@y/websocket-server/utils";
import { WebSocketServer } from "ws";
import * as Y from "yjs";
import { serveParent, tell } from "./children";
import { fingerprint } from "./doc-fingerprint";
import { countFrames, ProcessProbe, windowProfiler } from "./process-probe";

countFrames();
const probe = new ProcessProbe();
const profiler = windowProfiler("bare-server");
const wss = new WebSocketServer({ noServer: true });
wss.on("connection", setupWSConnection);

const server = http.createServer((_request, response) => response.writeHead(404).end());
server.on("upgrade", (request, socket, head) => {
  wss.handleUpgrade(request, socket, head, (ws) => wss.emit("connection", ws, request));
});
server.listen(0, "127.0.0.1", () => tell({ type: "ready", port: (server.address() as AddressInfo).port }));

serveParent(
  async (message) => {
    switch (message.type) {
      case "seed": {
        // The room name is what setupWSConnection derives from the URL: the path without "/".
        const doc = getYDoc(message.document as string);
        Y.applyUpdate(doc, message.state as Uint8Array);
        return {};
      }
      case "mark": {
        const reading = probe.mark();
        await profiler.mark();
        const connections = [...docs.values()].reduce((sum, doc) => sum + doc.conns.size, 0);
        return { reading, persisted: null, connections, logLines: [] };
      }
      case "state": {
        const doc = docs.get(message.document as string);
        return { fingerprint: doc ? fingerprint(doc) : null };
      }
      default:
        throw new Error(`unknown request ${message.type}`);
    }
  },
  async () => {
    for (const client of wss.clients) client.terminate();
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  },
);
