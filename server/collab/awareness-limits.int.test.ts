// Presence cannot be used to make the server hold memory: states are capped in size, client ids
// per connection in number, and a connection that does not read what it asked for is closed.
import { describe, expect, it } from "vitest";
import { CloseCode } from "../../lib/collab/close-codes";
import { draftRoom, eventually, rawSocket, tokenFor } from "../test-support/collab-harness";
import { awarenessFrame, QUERY_AWARENESS } from "../test-support/awareness-frames";

const room = draftRoom("CICA/SWG/2022/3");

function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  return Promise.race([
    promise,
    new Promise<never>((_resolve, reject) => setTimeout(() => reject(new Error(`no ${what} within ${ms} ms`)), ms)),
  ]);
}

async function openAs(email: string) {
  const socket = rawSocket(room.collab.url, room.draftId, await tokenFor(room.db, email, room.draftId));
  await socket.opened;
  return socket;
}

describe("awareness limits", () => {
  it("closes a connection that sends a state over 16 KiB (4400) and shows it to nobody", async () => {
    const watcher = await room.join("ru@concord.test");
    const observer = await openAs("observer@concord.test");
    observer.socket.send(awarenessFrame([{ clientId: 5150, clock: 1, state: { padding: "x".repeat(1_000_000) } }]));
    expect((await within(observer.closed, 5000, "close")).code).toBe(CloseCode.MalformedMessage);
    expect(watcher.provider.awareness.getStates().has(5150)).toBe(false);
    watcher.destroy();
  });

  it("closes a connection that claims more client ids than a browser tab has (4400)", async () => {
    const observer = await openAs("observer@concord.test");
    const entries = Array.from({ length: 50 }, (_, i) => ({ clientId: 9000 + i, clock: 1, state: { i } }));
    observer.socket.send(awarenessFrame(entries));
    expect((await within(observer.closed, 5000, "close")).code).toBe(CloseCode.MalformedMessage);
  });

  it("closes a connection that asks for presence and does not read the answers, holding little memory", async () => {
    // Eight people present, each with a state just under the cap: about 110 KB per answer.
    const emails = ["kz", "ru", "cn", "in", "tr", "pk", "az", "uz"].map((code) => `${code}@concord.test`);
    const present = await Promise.all(emails.map(openAs));
    present.forEach(({ socket }, i) =>
      socket.send(awarenessFrame([{ clientId: 7000 + i, clock: 1, state: { note: "y".repeat(14_000) } }])),
    );
    const server = () => room.collab.server.rooms().get(room.draftId);
    await eventually(() => (server()?.awareness.getStates().size ?? 0) >= 8, 5000, "eight states");

    const reader = await openAs("observer@concord.test");
    reader.socket.pause(); // reads nothing more: what the server sends it piles up
    await eventually(() => server()?.connections.size === 9, 5000, "the reader in the room");
    const before = process.memoryUsage().arrayBuffers;
    for (let i = 0; i < 300; i += 1) reader.socket.send(QUERY_AWARENESS); // 300 × 110 KB asked for
    await eventually(() => server()?.connections.size === 8, 10_000, "the slow reader let go");
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(24 * 1024 * 1024);

    reader.socket.resume();
    expect([CloseCode.TooSlow, 1006]).toContain((await within(reader.closed, 10_000, "close")).code);
    for (const { socket } of present) socket.close();
  });
});
