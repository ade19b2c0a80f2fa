// Gives the process its database: the one in DATABASE_URL, or an embedded PostgreSQL under
// DATA_DIR; then brings its schema up to date.
import type { Env } from "../config/env";
import { startEmbeddedPostgres } from "../db/embedded-postgres";
import { migrate } from "../db/migrate";

export interface OpenDatabase {
  url: string;
  embedded: boolean;
  close(): Promise<void>;
}

export async function openDatabase(env: Env, log: (line: string) => void): Promise<OpenDatabase> {
  let database: OpenDatabase;
  if (env.DATABASE_URL) {
    database = { url: env.DATABASE_URL, embedded: false, close: async () => {} };
  } else {
    log(`Starting the embedded PostgreSQL (data in ${env.DATA_DIR}/postgres)…`);
    const server = await startEmbeddedPostgres({ dataDir: env.DATA_DIR });
    log(`Embedded PostgreSQL is ready on 127.0.0.1:${server.port}.`);
    database = { url: server.url, embedded: true, close: () => server.stop() };
  }
  try {
    const result = await migrate(database.url);
    if (result.applied.length > 0) log(`Applied migrations: ${result.applied.join(", ")}.`);
  } catch (error) {
    await database.close();
    throw error;
  }
  return database;
}
