// Sockets between "upgrade received" and "in a room" are capped and timed: a client cannot pile
// them up (each costs a descriptor) until nobody else gets in.
import { describe, expect, it } from "vitest";
import { CloseCode } from "../../lib/collab/close-codes";
import {
  connectClient,
  eventually,
  rawSocket,
  synced,
  tokenFor,
  stalledDraftRoom,
} from "../test-support/collab-harness";

// A stall holds every socket in admission (the draft cannot load), as a slow database or a
// flood of upgrades would.
const room = stalledDraftRoom("CICA/SWG/2022/3", { admission: { total: 100, perAddress: 3, timeoutMs: 1500 } });

function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  return Promise.race([
    promise,
    new Promise<never>((_resolve, reject) => setTimeout(() => reject(new Error(`no ${what} within ${ms} ms`)), ms)),
  ]);
}

describe("admission", () => {
  it("answers 503 beyond the cap per address, closes sockets not admitted in time, and lets people in after", async () => {
    const { db, proxy, collab, draftId } = room;
    proxy.stall();
    const waiting = await Promise.all(
      ["kz@concord.test", "ru@concord.test", "cn@concord.test"].map(async (email) => {
        const socket = rawSocket(collab.url, draftId, await tokenFor(db, email, draftId));
        await socket.opened;
        return socket;
      }),
    );
    const fourth = rawSocket(collab.url, draftId, await tokenFor(db, "in@concord.test", draftId));
    await expect(within(fourth.opened, 3000, "answer")).rejects.toThrow(/503/);

    const closes = await within(Promise.all(waiting.map((socket) => socket.closed)), 5000, "close of the waiting");
    expect(closes.map((close) => close.code)).toEqual([
      CloseCode.TryAgainLater,
      CloseCode.TryAgainLater,
      CloseCode.TryAgainLater,
    ]);

    proxy.resume();
    const client = connectClient(collab.url, draftId, await tokenFor(db, "kz@concord.test", draftId));
    await synced(client);
    client.destroy();
  });

  it("lets go of a draft that finished loading after everyone waiting for it had left", async () => {
    const { db, proxy, collab, draftId } = room;
    await eventually(() => !collab.server.rooms().has(draftId), 5000, "the previous room to be let go");
    proxy.stall();
    const socket = rawSocket(collab.url, draftId, await tokenFor(db, "tr@concord.test", draftId));
    await socket.opened;
    socket.socket.close(); // gives up while the database is stalled
    await socket.closed;
    proxy.resume();
    // The load goes on for nobody; once done, nothing may keep the draft in memory.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(collab.server.rooms().has(draftId)).toBe(false);
  });
});
