import type { Database } from "../db/client";

/** The client of an interactive transaction, as Prisma hands it to `$transaction(async (tx) => …)`. */
export type Transaction = Parameters<Parameters<Database["$transaction"]>[0]>[0];

/** A unique index refused the write (two requests took the same email at once). */
export const isUniqueViolation = (error: unknown) => (error as { code?: string } | null)?.code === "P2002";
