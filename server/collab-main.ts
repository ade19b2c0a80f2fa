// `npm run collab`: the collaboration server alone, for production setups that run it apart
// from the web app (set COLLAB_URL for the web app so that browsers find it). Same database,
// same NEXTAUTH_SECRET as the web app.
import http from "node:http";
import { ConfigurationError, parseEnv } from "./config/env";
import { createCollabServer } from "./collab/collab-server";
import { createDatabase } from "./db/client";
import { processBus } from "./events/process-bus";
import { databaseIsHealthy } from "./db/check-health";
import { openDatabase } from "./runtime/open-database";
import { routeUpgrade } from "./runtime/route-upgrade";
import { logUnhandledRejections } from "./runtime/log-unhandled-rejections";
import { exitOnSignals, onShutdown, shutdown } from "./runtime/shutdown";

const log = (line: string) => console.log(`[concord-collab] ${line}`);

async function main(): Promise<void> {
  const env = parseEnv();
  exitOnSignals(log);
  logUnhandledRejections(log);
  if (!env.NEXTAUTH_SECRET || !env.DATABASE_URL) {
    throw new ConfigurationError(
      [
        !env.NEXTAUTH_SECRET && "NEXTAUTH_SECRET is required (the web app's)",
        !env.DATABASE_URL && "DATABASE_URL is required",
      ].filter((problem): problem is string => Boolean(problem)),
    );
  }
  const database = await openDatabase(env, log);
  onShutdown("database", () => database.close());
  const db = createDatabase(database.url);
  const bus = processBus(database.url, { log });
  onShutdown("event bus", () => bus.close());
  const collab = createCollabServer({
    db,
    secret: env.NEXTAUTH_SECRET,
    log,
    bus,
    trustProxy: env.TRUST_PROXY,
  });

  const server = http.createServer((request, response) => {
    if (request.url === "/health") {
      void databaseIsHealthy(db).then((healthy) => {
        response.writeHead(healthy ? 200 : 503, { "content-type": "application/json" });
        response.end(JSON.stringify({ status: healthy ? "ok" : "unavailable", db: healthy ? "ok" : "unreachable" }));
      });
      return;
    }
    response.writeHead(404).end();
  });
  server.on("upgrade", routeUpgrade({ take: collab.handleUpgrade, nextDev: null }));
  await new Promise<void>((resolve) => server.listen(env.COLLAB_PORT, env.HOST, resolve));
  onShutdown("http", () => new Promise<void>((resolve) => server.close(() => resolve())));
  // Registered last, so stopped first: it saves what it received and closes the websockets,
  // which the HTTP server would otherwise wait for.
  onShutdown("collaboration server", async () => {
    await collab.close();
    await db.$disconnect();
  });
  log(`Collaboration server listening on ${env.HOST}:${env.COLLAB_PORT}.`);
}

main().catch(async (error: unknown) => {
  console.error(error instanceof ConfigurationError ? error.message : error);
  await shutdown(log);
  process.exit(1);
});
