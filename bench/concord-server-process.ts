// Concord's collaboration server under test, in a process of its own: createCollabServer on an
// HTTP server of its own (port 0), against the bench's database. It answers the bench's
// requests over IPC: "mark" (CPU, memory, event-loop delay and persistence counters since the
// last mark), "state" (the server's copy of a draft, for the convergence check).
// argv: databaseUrl secret compactEveryMs
import http from "node:http";
import type pg from "pg";
import type { AddressInfo } from "node:net";
import { createCollabServer } from "../server/collab/collab-server";
import { APPEND_UPDATES_STATEMENT } from "../server/collab/append-updates";
import { compactDocument } from "../server/collab/compact-document";
// eslint-disable-next-line no-restricted-imports -- the server process opens its database itself
import { createDatabase, pgPool } from "../server/db/client";
import { serveParent, tell } from "./children";
import { fingerprint } from "./doc-fingerprint";
import { countFrames, now, ProcessProbe, windowProfiler } from "./process-probe";

const [databaseUrl, secret, compactEveryMs] = process.argv.slice(2) as [string, string, string];
countFrames();
const probe = new ProcessProbe();
const profiler = windowProfiler("concord-server");

/** Persistence as the server does it: INSERT statements, rows, and the time each one took. */
const persisted = { statements: 0, rows: 0, totalMs: 0, maxMs: 0 };

const db = createDatabase(databaseUrl);
// Counts and times appendUpdates' INSERTs without touching the server's code: the server writes
// them through the pg pool under its Prisma client (server/db/client.ts), whose query is wrapped
// here for that one statement (the same statement, timed).
const pool = pgPool(db);
if (!pool) throw new Error("createDatabase gave a client without a pg pool");
const query = pool.query.bind(pool) as (...args: unknown[]) => Promise<pg.QueryResult>;
pool.query = (async (...args: unknown[]) => {
  if ((args[0] as { name?: unknown } | undefined)?.name !== APPEND_UPDATES_STATEMENT) return query(...args);
  const started = now();
  const result = await query(...args);
  const took = now() - started;
  persisted.statements += 1;
  persisted.rows += result.rowCount ?? 0;
  persisted.totalMs += took;
  persisted.maxMs = Math.max(persisted.maxMs, took);
  return result;
}) as typeof pool.query;

const logLines: string[] = [];
const collab = createCollabServer({
  db,
  secret,
  compactEveryMs: Number(compactEveryMs),
  log: (line) => {
    logLines.push(line);
    console.error(`[concord-server] ${line}`);
  },
});

const server = http.createServer((_request, response) => response.writeHead(404).end());
server.on("upgrade", (request, socket, head) => {
  if (!collab.handleUpgrade(request, socket, head)) socket.destroy();
});
server.listen(0, "127.0.0.1", () => tell({ type: "ready", port: (server.address() as AddressInfo).port }));

serveParent(
  async (message) => {
    switch (message.type) {
      case "mark": {
        const reading = probe.mark();
        await profiler.mark();
        const counters = { ...persisted };
        Object.assign(persisted, { statements: 0, rows: 0, totalMs: 0, maxMs: 0 });
        const connections = [...collab.rooms().values()].reduce((sum, room) => sum + room.connections.size, 0);
        return { reading, persisted: counters, connections, logLines: logLines.splice(0) };
      }
      case "compact": {
        // What the server's compaction timer does for a room with new updates (collab-server.ts).
        const room = collab.rooms().get(message.document as string);
        if (!room) throw new Error("no such room");
        const from = now();
        await room.drain();
        const { merged } = await compactDocument(db, room.documentId);
        const until = now();
        return { ms: until - from, merged, from, until };
      }
      case "state": {
        const room = collab.rooms().get(message.document as string);
        return room ? { fingerprint: fingerprint(room.doc) } : { fingerprint: null };
      }
      default:
        throw new Error(`unknown request ${message.type}`);
    }
  },
  async () => {
    await collab.close();
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await db.$disconnect();
  },
);
