// The one Prisma client of a server process.
import { PrismaPg } from "@prisma/adapter-pg";
import { env } from "../config/env";
import { PrismaClient } from "./generated/client";

export type Database = InstanceType<typeof PrismaClient>;

export function createDatabase(databaseUrl: string): Database {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl }) });
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
