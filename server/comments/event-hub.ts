import "server-only";
import { env } from "../config/env";
import { db } from "../db/client";
import { ThreadEventHub } from "./thread-events";

// One hub (one LISTEN connection) per server process, kept across Next's hot reloads.
const holder = globalThis as typeof globalThis & { concordThreadHub?: ThreadEventHub };

export function threadEventHub(): ThreadEventHub {
  holder.concordThreadHub ??= new ThreadEventHub(db(), env().DATABASE_URL!);
  return holder.concordThreadHub;
}
