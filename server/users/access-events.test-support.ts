// For tests: the "access" events published on the bus of a test database, heard the way every
// collaboration server hears them (PostgreSQL LISTEN on the bus's channel).
import pg from "pg";
import { afterAll } from "vitest";
import { parseBusEvent } from "../events/bus";
import { BUS_CHANNEL } from "../events/publish";

export async function listenForAccessEvents(url: string): Promise<{ userIds: string[] }> {
  const heard = { userIds: [] as string[] };
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  client.on("notification", (message) => {
    const event = parseBusEvent(message.payload);
    if (event?.topic === "access") heard.userIds.push(event.userId);
  });
  await client.query(`LISTEN ${BUS_CHANNEL}`);
  afterAll(() => client.end());
  return heard;
}

/** Waits (up to 2 s) for a notification to arrive. */
export async function heardWithin(heard: { userIds: string[] }, userId: string): Promise<boolean> {
  for (let waited = 0; waited < 2000; waited += 25) {
    if (heard.userIds.includes(userId)) return true;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  return false;
}
