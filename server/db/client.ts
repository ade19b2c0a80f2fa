// The one Prisma client of a server process, and the pg pool under it.
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { env } from "../config/env";
import { PrismaClient } from "./generated/client";
import { DATABASE_TIMEOUTS } from "./timeouts";

export type Database = InstanceType<typeof PrismaClient>;

/** The pg pool each client from createDatabase runs on, for the few hot statements written in raw SQL. */
const pools = new WeakMap<Database, pg.Pool>();

export interface DatabaseOptions {
  statementTimeoutMs?: number;
}

export function createDatabase(databaseUrl: string, options: DatabaseOptions = {}): Database {
  const statementMs = options.statementTimeoutMs ?? DATABASE_TIMEOUTS.statementMs;
  // One pool for Prisma and for raw SQL (see pgPool): one set of connections per process, and
  // whoever disconnects the client closes both.
  const pool = new pg.Pool({
    connectionString: databaseUrl,
    connectionTimeoutMillis: DATABASE_TIMEOUTS.connectMs,
    statement_timeout: statementMs,
    query_timeout: Math.max(statementMs + 5_000, DATABASE_TIMEOUTS.queryMs),
  });
  // An idle connection that breaks (PostgreSQL restarted) must not crash the process; the pool
  // drops it and the next query opens a new one. Prisma adds its own listener only once connected.
  pool.on("error", () => {});
  const client = new PrismaClient({ adapter: new PrismaPg(pool) });
  // Prisma ends a pool it was given only when it connected at all; ending it here covers raw SQL
  // run before Prisma's first query, and makes $disconnect close everything, as it did before.
  const disconnect = client.$disconnect.bind(client);
  client.$disconnect = async () => {
    await disconnect();
    if (!pool.ended) await pool.end();
  };
  pools.set(client, pool);
  return client;
}

/**
 * The pg pool under a client made by createDatabase (undefined for any other client, such as an
 * extended one). A one-row INSERT through pg costs about a seventh of the CPU of Prisma's
 * createMany (0.10 against 0.69 ms), which matters on the collaboration server's hot path.
 */
export function pgPool(db: Database): pg.Pool | undefined {
  return pools.get(db);
}

// Kept on globalThis so that Next's hot reload in development does not open a pool per edit.
const holder = globalThis as typeof globalThis & { concordDb?: Database };

export function db(): Database {
  if (!holder.concordDb) {
    const url = env().DATABASE_URL;
    if (!url) throw new Error("DATABASE_URL is not set: start Concord with `npm start`.");
    holder.concordDb = createDatabase(url);
  }
  return holder.concordDb;
}
