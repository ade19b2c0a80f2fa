// Frames no y-websocket client sends, from a connection that may only read: each closes that one
// connection (4400) and nothing else — no unhandled rejection, no other client disturbed.
import { describe, expect, it } from "vitest";
import { CloseCode } from "../../lib/collab/close-codes";
import { MAX_MESSAGE_BYTES } from "./collab-server";
import { draftRoom, eventually, rawSocket, tokenFor, typeInOpenParagraph } from "../test-support/collab-harness";

const room = draftRoom("CICA/SWG/2022/3");

/** Sync step 1 whose state vector announces 5 entries and ends: the frame that once killed `npm run collab`. */
const SHORT_STATE_VECTOR = Uint8Array.of(0, 0, 1, 5);

/** Fails fast instead of at the test timeout when the server never closes the connection. */
function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  return Promise.race([
    promise,
    new Promise<never>((_resolve, reject) => setTimeout(() => reject(new Error(`no ${what} within ${ms} ms`)), ms)),
  ]);
}

describe("malformed frames from an observer", () => {
  it.each([
    ["a state vector that announces more entries than it holds", SHORT_STATE_VECTOR],
    ["a state vector with trailing bytes", Uint8Array.of(0, 0, 4, 1, 7, 2, 9)],
    ["a state vector cut inside a clock", Uint8Array.of(0, 0, 3, 1, 7, 0x80)],
  ])("closes the sender of %s with 4400 and leaves the others alone", async (_name, frame) => {
    const kz = await room.join("kz@concord.test");
    const observer = rawSocket(
      room.collab.url,
      room.draftId,
      await tokenFor(room.db, "observer@concord.test", room.draftId),
    );
    await observer.opened;
    observer.socket.send(frame);
    expect((await within(observer.closed, 5000, "close")).code).toBe(CloseCode.MalformedMessage);

    // The delegate's connection is still open and still saves: its change comes back as saved.
    const closes: number[] = [];
    kz.provider.on("connection-close", (event) => closes.push(event?.code ?? 0));
    const rowsBefore = await room.db.documentUpdate.count({ where: { documentId: room.draftId } });
    typeInOpenParagraph(kz, " still here");
    await eventually(
      async () => (await room.db.documentUpdate.count({ where: { documentId: room.draftId } })) > rowsBefore,
      5000,
      "the delegate's change in Postgres",
    );
    expect(closes).toEqual([]);
    expect(kz.provider.wsconnected).toBe(true);
    kz.destroy();
  });

  it("closes a connection whose frame is over 2 MiB (1009, message too big)", async () => {
    const observer = rawSocket(
      room.collab.url,
      room.draftId,
      await tokenFor(room.db, "observer@concord.test", room.draftId),
    );
    await observer.opened;
    observer.socket.send(new Uint8Array(MAX_MESSAGE_BYTES + 1));
    expect((await within(observer.closed, 5000, "close")).code).toBe(1009);
  });
});
