// Cuts the bus's listening connections to the test database, as a database restart or a network
// failure would: returns how many were cut.
import type { Database } from "../db/client";

export async function dropListeners(db: Database): Promise<number> {
  const rows = await db.$queryRaw<{ pid: number }[]>`
    SELECT pid FROM pg_stat_activity
    WHERE datname = current_database() AND query LIKE 'LISTEN %' AND pid <> pg_backend_pid()`;
  for (const { pid } of rows) await db.$executeRaw`SELECT pg_terminate_backend(${pid}::int)`;
  return rows.length;
}
