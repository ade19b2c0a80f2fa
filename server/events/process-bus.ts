// One bus (one listening connection) per server process, shared by the collaboration server and
// the API routes Next bundles separately, and kept across Next's hot reloads: hence globalThis.
import type { EventBus } from "./bus";
import { PostgresBus, type PostgresBusOptions } from "./postgres-bus";

const holder = globalThis as typeof globalThis & { concordEventBus?: EventBus };

/** The process's bus, created on first use with `databaseUrl`. */
export function processBus(databaseUrl: string, options?: PostgresBusOptions): EventBus {
  holder.concordEventBus ??= new PostgresBus(databaseUrl, options);
  return holder.concordEventBus;
}
