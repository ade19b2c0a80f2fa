// 1,000 malformed frames, from many connections, leave the server serving everyone else.
import { describe, expect, it } from "vitest";
import * as encoding from "lib0/encoding";
import { CloseCode } from "../../lib/collab/close-codes";
import {
  connectClient,
  eventually,
  rawSocket,
  startCollab,
  synced,
  tokenFor,
  typeInOpenParagraph,
} from "../test-support/collab-harness";
import { createTestDatabase } from "../test-support/test-database";

/** A deterministic generator, so that a failure can be replayed. */
function random(seed: number) {
  return () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
    return seed / 2 ** 31;
  };
}

function garbageFrame(next: () => number): Uint8Array {
  const kind = Math.floor(next() * 5);
  const noise = (length: number) => Uint8Array.from({ length }, () => Math.floor(next() * 256));
  const e = encoding.createEncoder();
  switch (kind) {
    case 0: // unknown message type
      encoding.writeVarUint(e, 4 + Math.floor(next() * 1000));
      break;
    case 1: // truncated varint
      return Uint8Array.from([0x80 | Math.floor(next() * 128)]);
    case 2: // a sync update whose payload is noise
      encoding.writeVarUint(e, 0);
      encoding.writeVarUint(e, 2);
      encoding.writeVarUint8Array(e, noise(1 + Math.floor(next() * 40)));
      break;
    case 3: // a length prefix longer than the frame
      encoding.writeVarUint(e, 0);
      encoding.writeVarUint(e, 1);
      encoding.writeVarUint(e, 1000);
      encoding.writeUint8Array(e, noise(5));
      break;
    default: // awareness noise
      encoding.writeVarUint(e, 1);
      encoding.writeVarUint8Array(e, noise(1 + Math.floor(next() * 30)));
  }
  return encoding.toUint8Array(e);
}

describe("fuzzed frames", () => {
  it("close only the offending connection and never disturb the others", async () => {
    const { db } = await createTestDatabase();
    const collab = await startCollab(db);
    const draft = (await db.document.findFirstOrThrow({ where: { symbol: "CICA/SWG/2022/4" } })).id;
    const alice = connectClient(collab.url, draft, await tokenFor(db, "kz@concord.test", draft));
    const bob = connectClient(collab.url, draft, await tokenFor(db, "tr@concord.test", draft));
    await Promise.all([synced(alice), synced(bob)]);
    const before = alice.text();

    const next = random(2022);
    const token = await tokenFor(db, "ru@concord.test", draft);
    const codes = new Map<number, number>();
    const FRAMES = 1000;
    const PER_CONNECTION = 20;
    for (let sent = 0; sent < FRAMES; sent += PER_CONNECTION) {
      const { socket, opened, closed } = rawSocket(collab.url, draft, token);
      await opened;
      for (let i = 0; i < PER_CONNECTION; i += 1) socket.send(garbageFrame(next));
      const { code } = await closed;
      codes.set(code, (codes.get(code) ?? 0) + 1);
      if (sent % 200 === 0) typeInOpenParagraph(alice, ` ${sent}`);
    }
    expect([...codes.keys()]).toEqual([CloseCode.MalformedMessage]);

    typeInOpenParagraph(bob, " still here");
    await eventually(() => alice.text() === bob.text() && alice.text().includes(" still here"));
    expect(alice.text().startsWith(before.slice(0, 50))).toBe(true);
    // Nothing of the garbage reached the log.
    expect(
      await db.documentUpdate.count({
        where: {
          documentId: draft,
          userId: (await db.user.findUniqueOrThrow({ where: { email: "ru@concord.test" } })).id,
        },
      }),
    ).toBe(0);
    alice.destroy();
    bob.destroy();
  });

  it("closes a connection that floods the server", async () => {
    const { db } = await createTestDatabase();
    const collab = await startCollab(db, { rate: { perSecond: 50, burst: 100 } });
    const draft = (await db.document.findFirstOrThrow({ where: { symbol: "CICA/SWG/2022/4" } })).id;
    const { socket, opened, closed } = rawSocket(collab.url, draft, await tokenFor(db, "kz@concord.test", draft));
    await opened;
    for (let i = 0; i < 500; i += 1) socket.send(Uint8Array.from([3])); // query awareness, 500 times at once
    expect((await closed).code).toBe(CloseCode.RateLimited);
  });

  it("closes a connection that sends an oversized frame", async () => {
    const { db } = await createTestDatabase();
    const collab = await startCollab(db, { maxMessageBytes: 1024 });
    const draft = (await db.document.findFirstOrThrow({ where: { symbol: "CICA/SWG/2022/4" } })).id;
    const { socket, opened, closed } = rawSocket(collab.url, draft, await tokenFor(db, "kz@concord.test", draft));
    await opened;
    socket.send(new Uint8Array(4096));
    expect((await closed).code).toBe(1009);
  });
});
