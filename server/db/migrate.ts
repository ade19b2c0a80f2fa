// Brings a database up to the migrations in prisma/migrations, the way `prisma migrate deploy`
// does, without Prisma's native schema engine (which cannot be downloaded on offline machines).
// It keeps Prisma's bookkeeping table exactly, so either tool can take over from the other.
import { randomUUID } from "node:crypto";
import pg from "pg";
import { DATABASE_TIMEOUTS } from "./timeouts";
import { readMigrations, type Migration } from "./migrations";

/** The advisory lock key `prisma migrate` takes, so that the two never run at once either. */
const PRISMA_MIGRATE_LOCK = 72707369;

const CREATE_BOOKKEEPING = `
CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id"                  VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum"            VARCHAR(64) NOT NULL,
  "finished_at"         TIMESTAMPTZ,
  "migration_name"      VARCHAR(255) NOT NULL,
  "logs"                TEXT,
  "rolled_back_at"      TIMESTAMPTZ,
  "started_at"          TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

export class MigrationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "MigrationError";
  }
}

interface AppliedRow {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
}

export interface MigrateResult {
  applied: string[];
  alreadyApplied: number;
}

export async function migrate(databaseUrl: string, migrations?: Migration[]): Promise<MigrateResult> {
  const wanted = migrations ?? (await readMigrations());
  // A database that accepts the connection and never answers must not hold the start forever;
  // statements get no limit here, a migration may rightly take long.
  const client = new pg.Client({ connectionString: databaseUrl, connectionTimeoutMillis: DATABASE_TIMEOUTS.connectMs });
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [PRISMA_MIGRATE_LOCK]);
    await client.query(CREATE_BOOKKEEPING);
    const { rows } = await client.query<AppliedRow>(
      `SELECT migration_name, checksum, finished_at FROM "_prisma_migrations"
       WHERE rolled_back_at IS NULL`,
    );
    const applied = new Map(rows.map((row) => [row.migration_name, row]));
    const result: MigrateResult = { applied: [], alreadyApplied: 0 };

    for (const migration of wanted) {
      const row = applied.get(migration.name);
      if (row && !row.finished_at) {
        throw new MigrationError(
          `Migration ${migration.name} failed earlier and was left unfinished. Repair the ` +
            `database by hand, then mark it with \`prisma migrate resolve\`.`,
        );
      }
      if (row && row.checksum !== migration.checksum) {
        throw new MigrationError(
          `Migration ${migration.name} was changed after it was applied (checksum differs). ` +
            `Never edit an applied migration: add a new one.`,
        );
      }
      if (row) {
        result.alreadyApplied += 1;
        continue;
      }
      await applyOne(client, migration);
      result.applied.push(migration.name);
    }
    return result;
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [PRISMA_MIGRATE_LOCK]).catch(() => {});
    await client.end();
  }
}

async function applyOne(client: pg.Client, migration: Migration): Promise<void> {
  const id = randomUUID();
  await client.query("BEGIN");
  try {
    await client.query(migration.sql);
    await client.query(
      `INSERT INTO "_prisma_migrations"
         (id, checksum, migration_name, started_at, finished_at, applied_steps_count)
       VALUES ($1, $2, $3, now(), now(), 1)`,
      [id, migration.checksum, migration.name],
    );
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK");
    throw new MigrationError(`Migration ${migration.name} failed and was rolled back: ${(error as Error).message}`);
  }
}
