import { createHash } from "node:crypto";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { createTestDatabase } from "../test-support/test-database";
import { migrate, MigrationError } from "./migrate";
import { readMigrations, type Migration } from "./migrations";

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

const extra: Migration = (() => {
  const sql = `CREATE TABLE "MigrationProbe" ("id" INTEGER PRIMARY KEY);`;
  return { name: "29991231000000_probe", sql, checksum: createHash("sha256").update(sql).digest("hex") };
})();

describe("migrate", () => {
  it("brings an empty database up to date and records it as Prisma does", async () => {
    const { url } = await createTestDatabase({ empty: true });
    const migrations = await readMigrations();
    const result = await migrate(url);
    expect(result).toEqual({ applied: migrations.map((m) => m.name), alreadyApplied: 0 });

    const rows = await query<{
      migration_name: string;
      checksum: string;
      finished_at: Date | null;
      applied_steps_count: number;
    }>(
      url,
      `SELECT migration_name, checksum, finished_at, applied_steps_count FROM "_prisma_migrations" ORDER BY migration_name`,
    );
    expect(rows.map((row) => row.migration_name)).toEqual(migrations.map((m) => m.name));
    for (const [index, row] of rows.entries()) {
      const sql = migrations[index]!.sql;
      expect(row.checksum).toBe(createHash("sha256").update(sql).digest("hex"));
      expect(row.finished_at).toBeInstanceOf(Date);
      expect(row.applied_steps_count).toBe(1);
    }
    const tables = await query<{ table_name: string }>(
      url,
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'`,
    );
    expect(tables.map((t) => t.table_name)).toEqual(
      expect.arrayContaining(["MemberState", "User", "Document", "AuditEntry", "SignInFailure", "_prisma_migrations"]),
    );
  });

  it("leaves a current database alone and applies only what is new to an older one", async () => {
    const { url } = await createTestDatabase(); // the migrated template
    const migrations = await readMigrations();
    expect(await migrate(url)).toEqual({ applied: [], alreadyApplied: migrations.length });

    const result = await migrate(url, [...migrations, extra]);
    expect(result).toEqual({ applied: [extra.name], alreadyApplied: migrations.length });
    expect(await query(url, `SELECT * FROM "MigrationProbe"`)).toEqual([]);
    // The data already there is untouched.
    const [users] = await query<{ count: string }>(url, `SELECT count(*) FROM "User"`);
    expect(Number(users?.count)).toBeGreaterThan(0);
  });

  it("refuses a migration that was edited after it was applied", async () => {
    const { url } = await createTestDatabase();
    const migrations = await readMigrations();
    const edited = migrations.map((m, i) => (i === 0 ? { ...m, checksum: "0".repeat(64) } : m));
    await expect(migrate(url, edited)).rejects.toThrow(/was changed after it was applied/);
  });

  it("rolls back a failing migration completely and says which one failed", async () => {
    const { url } = await createTestDatabase();
    const broken: Migration = {
      name: "29991231000001_broken",
      sql: `CREATE TABLE "Half" (id INT); SELECT no_such_function();`,
      checksum: "x",
    };
    const migrations = await readMigrations();
    const error = await migrate(url, [...migrations, broken]).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(MigrationError);
    expect((error as Error).message).toMatch(/29991231000001_broken failed and was rolled back/);
    expect(await query(url, `SELECT to_regclass('"Half"') AS half`)).toEqual([{ half: null }]);
    expect(await query(url, `SELECT * FROM "_prisma_migrations" WHERE migration_name = '${broken.name}'`)).toEqual([]);
  });

  it("applies each migration once when two servers start at the same moment", async () => {
    const { url } = await createTestDatabase({ empty: true });
    const [first, second] = await Promise.all([migrate(url), migrate(url)]);
    const migrations = await readMigrations();
    expect([...first.applied, ...second.applied].sort()).toEqual(migrations.map((m) => m.name).sort());
    const rows = await query(url, `SELECT migration_name FROM "_prisma_migrations"`);
    expect(rows).toHaveLength(migrations.length);
  });
});
