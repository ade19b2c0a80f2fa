// Gives the process its database: the one in DATABASE_URL, or an embedded PostgreSQL under
// DATA_DIR; then brings its schema up to date.
import type { Env } from "../config/env";
import { startEmbeddedPostgres } from "../db/embedded-postgres";
import { migrate } from "../db/migrate";
import { DATABASE_TIMEOUTS } from "../db/timeouts";
import { isDatabaseUnavailable } from "../db/unavailable";

/** DATABASE_URL points where no PostgreSQL answers: said in one sentence, without a stack trace. */
export class DatabaseUnreachableError extends Error {
  constructor(databaseUrl: string, cause: unknown) {
    const { hostname, port } = new URL(databaseUrl);
    const code = (cause as { code?: string }).code;
    const why =
      code === "ECONNREFUSED"
        ? "nothing accepts connections there"
        : code === "ENOTFOUND" || code === "EAI_AGAIN"
          ? "no such host"
          : /timeout/i.test((cause as Error).message)
            ? `it did not answer within ${DATABASE_TIMEOUTS.connectMs / 1000} seconds`
            : (cause as Error).message;
    super(
      `Concord cannot reach PostgreSQL at ${hostname}:${port || 5432} (${why}). ` +
        "Check that PostgreSQL is running and that DATABASE_URL names the right host and port.",
    );
    this.name = "DatabaseUnreachableError";
  }
}

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
    throw !database.embedded && isDatabaseUnavailable(error)
      ? new DatabaseUnreachableError(database.url, error)
      : error;
  }
  return database;
}
