// A database of the bench's own for one invocation: on DATABASE_URL's server when set, else on
// the machine's PostgreSQL at 127.0.0.1:5432 when it answers, else on an embedded PostgreSQL
// started in a temporary directory. Migrated and seeded with the demo forum; dropped at the end.
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
// eslint-disable-next-line no-restricted-imports -- the bench builds its database as the tests do
import { createDatabase, type Database } from "../server/db/client";
// eslint-disable-next-line no-restricted-imports -- same
import { startEmbeddedPostgres, type EmbeddedPostgres } from "../server/db/embedded-postgres";
// eslint-disable-next-line no-restricted-imports -- same
import { migrate } from "../server/db/migrate";
import { seedDemoForum } from "../server/demo/seed-demo-forum";

const LOCAL_SERVER = "postgresql://postgres@127.0.0.1:5432/postgres";

export interface BenchDatabase {
  /** URL of the bench's database. */
  url: string;
  name: string;
  /** Where it runs, for the report (no password). */
  where: string;
  db: Database;
  drop(): Promise<void>;
}

function withDatabase(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

async function answers(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query("SELECT 1");
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

async function admin(serverUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: withDatabase(serverUrl, "postgres") });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export async function openBenchDatabase(log: (line: string) => void): Promise<BenchDatabase> {
  let serverUrl: string;
  let where: string;
  let embedded: EmbeddedPostgres | undefined;
  let embeddedDir: string | undefined;
  if (process.env.DATABASE_URL) {
    serverUrl = process.env.DATABASE_URL;
    where = `DATABASE_URL's server (${new URL(serverUrl).host})`;
  } else if (await answers(LOCAL_SERVER)) {
    serverUrl = LOCAL_SERVER;
    where = "the local PostgreSQL at 127.0.0.1:5432";
  } else {
    embeddedDir = await mkdtemp(path.join(os.tmpdir(), "concord-bench-pg-"));
    log(`No PostgreSQL answers at 127.0.0.1:5432: starting an embedded one in ${embeddedDir}…`);
    embedded = await startEmbeddedPostgres({ dataDir: embeddedDir });
    serverUrl = embedded.url;
    where = `an embedded PostgreSQL on 127.0.0.1:${embedded.port}`;
  }

  const name = `concord_bench_${process.pid}`;
  const stopEmbedded = async () => {
    if (embedded) await embedded.stop().catch(() => {});
    if (embeddedDir) await rm(embeddedDir, { recursive: true, force: true }).catch(() => {});
  };
  try {
    await admin(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin(serverUrl, `CREATE DATABASE ${name}`);
    const url = withDatabase(serverUrl, name);
    await migrate(url);
    const db = createDatabase(url);
    await seedDemoForum(db);
    const version = await db.$queryRaw<{ server_version: string }[]>`SHOW server_version`;
    where += `, PostgreSQL ${version[0]?.server_version ?? "?"}`;
    let dropped = false;
    return {
      url,
      name,
      where,
      db,
      async drop() {
        if (dropped) return;
        dropped = true;
        await db.$disconnect().catch(() => {});
        await admin(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch((error: unknown) =>
          log(`Could not drop ${name}: ${(error as Error).message}`),
        );
        await stopEmbedded();
      },
    };
  } catch (error) {
    await admin(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch(() => {});
    await stopEmbedded();
    throw error;
  }
}
