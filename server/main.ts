// `npm start`: the whole of Concord in one process. Configuration, database (embedded unless
// DATABASE_URL is set), migrations, the demo forum on an empty database, then the web app.
import path from "node:path";
import { ConfigurationError, parseEnv } from "./config/env";
import { createCollabServer } from "./collab/collab-server";
import { createDatabase } from "./db/client";
import { processBus } from "./events/process-bus";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "./demo/demo-accounts";
import { isDatabaseEmpty, seedDemoForum } from "./demo/seed-demo-forum";
import { localAuthSecret } from "./runtime/auth-secret";
import { ensureBuild } from "./runtime/ensure-build";
import { startWebServer } from "./runtime/http-server";
import { DatabaseUnreachableError, openDatabase } from "./runtime/open-database";
import { logUnhandledRejections } from "./runtime/log-unhandled-rejections";
import { exitOnSignals, onShutdown, shutdown } from "./runtime/shutdown";

const log = (line: string) => console.log(`[concord] ${line}`);
// A terminal or pipe that went away (EPIPE) must not take the server down with it.
for (const stream of [process.stdout, process.stderr]) stream.on("error", () => {});
const root = path.resolve(import.meta.dirname, "..");
const dev = process.argv.includes("--dev");

async function main(): Promise<void> {
  // NODE_ENV as the operator set it says what kind of deployment this is (production demands a
  // secret and never seeds demo accounts); unset means a local run. Either way `npm start`
  // serves a production build, so Next gets "production" unless we run in --dev mode.
  const env = parseEnv();
  (process.env as Record<string, string | undefined>).NODE_ENV = dev ? "development" : "production";
  exitOnSignals(log);
  logUnhandledRejections(log);

  // What Next's route handlers read from process.env, settled before Next starts.
  const secret = env.NEXTAUTH_SECRET ?? (await localAuthSecret(env.DATA_DIR));
  process.env.NEXTAUTH_SECRET = secret;
  process.env.NEXTAUTH_URL = env.NEXTAUTH_URL ?? `http://localhost:${env.PORT}`;

  // The database first: a wrong DATABASE_URL is told in seconds, not after a minute's build.
  const database = await openDatabase(env, log);
  onShutdown("database", () => database.close());
  process.env.DATABASE_URL = database.url;

  if (!dev) await ensureBuild(root, log);

  const seedAllowed = env.NODE_ENV !== "production" || env.SEED_DEMO;
  const prisma = createDatabase(database.url);
  try {
    if (seedAllowed && (await isDatabaseEmpty(prisma))) {
      const seeded = await seedDemoForum(prisma);
      log(
        `Seeded the demo forum: ${seeded.memberStates} Member States, ${seeded.accounts} accounts, ${seeded.draftsCreated} drafts.`,
      );
    }
  } finally {
    await prisma.$disconnect();
  }

  // The collaboration server shares the port: it takes upgrades on /collab, Next keeps its own.
  const collabDb = createDatabase(database.url);
  // One bus per process: the collaboration server and Next's routes (event-hub.ts) share it.
  const bus = processBus(database.url, { log });
  onShutdown("event bus", () => bus.close());
  const collab = createCollabServer({
    db: collabDb,
    secret,
    log,
    bus,
    trustProxy: env.TRUST_PROXY,
  });
  const web = await startWebServer({
    root,
    dev,
    host: env.HOST,
    port: env.PORT,
    trustProxy: env.TRUST_PROXY,
    upgrade: collab.handleUpgrade,
  });
  onShutdown("web server", () => web.close());
  // Registered last, so stopped first: every received change is saved and every editor told
  // before the web server and the database go.
  onShutdown("collaboration server", async () => {
    await collab.close();
    await collabDb.$disconnect();
  });

  log(`Concord is ready at http://localhost:${web.port}`);
  if (seedAllowed) {
    const emails = DEMO_ACCOUNTS.map((account) => account.email);
    log(
      `Demo accounts (password "${DEMO_PASSWORD}"): ${emails.slice(0, 4).join(", ")} … ${emails.at(-1)} (one per Member State).`,
    );
  }
}

main().catch(async (error: unknown) => {
  // Mistakes an operator can fix are one clear message; anything else keeps its stack.
  const told = error instanceof ConfigurationError || error instanceof DatabaseUnreachableError;
  console.error(told ? error.message : error);
  await shutdown(log);
  process.exit(1);
});
