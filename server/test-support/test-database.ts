// A database of its own for one test file: a clone of the migrated, seeded template, or an
// empty one. Dropped at the end, so tests never see each other's rows.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, inject } from "vitest";
import { createDatabase, type Database } from "../db/client";
import { databaseUrl } from "./database-url";

export interface TestDatabase {
  url: string;
  name: string;
  db: Database;
}

async function admin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: inject("postgresServerUrl") });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Registers its own cleanup with afterAll; call it at the top level of a test file or in beforeAll. */
export async function createTestDatabase(options: { empty?: boolean } = {}): Promise<TestDatabase> {
  const name = `concord_test_${randomBytes(6).toString("hex")}`;
  const template = options.empty ? "template0" : inject("templateDatabase");
  await admin((client) => client.query(`CREATE DATABASE ${name} TEMPLATE ${template}`));
  const url = databaseUrl(inject("postgresServerUrl"), name);
  const db = createDatabase(url);
  afterAll(async () => {
    await db.$disconnect();
    await admin((client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
  });
  return { url, name, db };
}
