// Gives the integration tests a real PostgreSQL: the server in DATABASE_URL when set (CI may
// use the machine's service), otherwise an embedded one, started fresh for this run. A template
// database, migrated and seeded once, lets each test file clone its own database in a moment.
import { rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { createDatabase } from "../db/client";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "../db/embedded-postgres";
import { migrate } from "../db/migrate";
import { seedDemoForum } from "../demo/seed-demo-forum";
import { databaseUrl } from "./database-url";

declare module "vitest" {
  export interface ProvidedContext {
    postgresServerUrl: string;
    templateDatabase: string;
  }
}

let embedded: EmbeddedPostgres | undefined;
let serverUrl: string;
const template = `concord_test_template_${process.pid}`;

export async function setup(project: TestProject): Promise<void> {
  if (process.env.DATABASE_URL) {
    serverUrl = process.env.DATABASE_URL;
  } else {
    const dataDir = path.join(os.tmpdir(), `concord-test-postgres-${process.pid}`);
    embedded = await startEmbeddedPostgres({ dataDir });
    serverUrl = embedded.url;
  }
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${template}`);
  await admin.query(`CREATE DATABASE ${template}`);
  await admin.end();

  const templateUrl = databaseUrl(serverUrl, template);
  await migrate(templateUrl);
  const prisma = createDatabase(templateUrl);
  await seedDemoForum(prisma);
  await prisma.$disconnect();

  project.provide("postgresServerUrl", serverUrl);
  project.provide("templateDatabase", template);
}

export async function teardown(): Promise<void> {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${template} WITH (FORCE)`);
  await admin.end();
  if (embedded) {
    await embedded.stop();
    await rm(embedded.dataDir, { recursive: true, force: true });
  }
}
