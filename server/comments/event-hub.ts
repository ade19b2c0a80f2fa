import "server-only";
import { env } from "../config/env";
import { db } from "../db/client";
import { processBus } from "../events/process-bus";
import { ThreadEventHub } from "./thread-events";

// One hub per server process, on the process's bus, kept across Next's hot reloads.
const holder = globalThis as typeof globalThis & { concordThreadHub?: ThreadEventHub };

export function threadEventHub(): ThreadEventHub {
  holder.concordThreadHub ??= new ThreadEventHub(db(), processBus(env().DATABASE_URL!));
  return holder.concordThreadHub;
}
