// Reads the migrations that `prisma migrate` would apply, in the same order and with the same
// checksum, so that a database migrated by Concord is one that Prisma's CLI sees as current.
import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";

export interface Migration {
  name: string;
  sql: string;
  /** sha256 hex of migration.sql, as Prisma records it in `_prisma_migrations.checksum`. */
  checksum: string;
}

export const MIGRATIONS_DIR = path.resolve(process.cwd(), "prisma/migrations");

export async function readMigrations(dir: string = MIGRATIONS_DIR): Promise<Migration[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const names = entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  return Promise.all(
    names.map(async (name) => {
      const sql = await readFile(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    }),
  );
}
