// Publishing on the bus (bus.ts) from any process, through the database connection it already
// has: NOTIFY is delivered when the publishing statement commits, so a listener never hears of a
// change before it can read it.
import type { Database } from "../db/client";
import type { BusEvent } from "./bus";

/** The one PostgreSQL channel of the bus; the payload is the event as JSON. */
export const BUS_CHANNEL = "concord_events";

export async function publish(db: Database, event: BusEvent): Promise<void> {
  await db.$executeRaw`SELECT pg_notify(${BUS_CHANNEL}, ${JSON.stringify(event)})`;
}
