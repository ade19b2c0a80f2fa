// A connection sets the presence of its own client ids only: the first connection to claim one
// owns it. Nobody can move another person's caret or make them vanish from the presence bar.
import { describe, expect, it } from "vitest";
import { draftRoom, eventually, rawSocket, tokenFor, type TestClient } from "../test-support/collab-harness";
import { awarenessFrame } from "../test-support/awareness-frames";

const room = draftRoom("CICA/SWG/2022/3");

const stateOf = (watcher: TestClient, clientId: number) =>
  watcher.provider.awareness.getStates().get(clientId) as Record<string, unknown> | undefined;

describe("awareness ownership", () => {
  it("drops entries an observer sends under a delegate's client id, and keeps the delegate's own", async () => {
    const kz = await room.join("kz@concord.test");
    kz.provider.awareness.setLocalStateField("cursor", { anchor: 7 });
    const ru = await room.join("ru@concord.test");
    const kzId = kz.doc.clientID;
    await eventually(() => stateOf(ru, kzId)?.cursor !== undefined, 5000, "KZ's caret at RU");

    const observer = rawSocket(
      room.collab.url,
      room.draftId,
      await tokenFor(room.db, "observer@concord.test", room.draftId),
    );
    await observer.opened;
    const observerId = 424242;
    // KZ's caret moved, then KZ removed, under KZ's client id; then the observer's own entry,
    // which tells us when the server has handled the frames before it.
    observer.socket.send(awarenessFrame([{ clientId: kzId, clock: 1000, state: { cursor: "hijacked" } }]));
    observer.socket.send(awarenessFrame([{ clientId: kzId, clock: 1001, state: null }]));
    observer.socket.send(awarenessFrame([{ clientId: observerId, clock: 1, state: { cursor: null } }]));
    await eventually(() => stateOf(ru, observerId) !== undefined, 5000, "the observer's own entry at RU");

    expect(stateOf(ru, kzId)).toMatchObject({ cursor: { anchor: 7 }, user: { state: "KZ" } });
    expect(stateOf(ru, observerId)).toMatchObject({ user: { role: "OBSERVER" } });
    const server = room.collab.server.rooms().get(room.draftId)!;
    expect(server.awareness.getStates().get(kzId)).toMatchObject({ cursor: { anchor: 7 } });

    // KZ still moves its own caret.
    kz.provider.awareness.setLocalStateField("cursor", { anchor: 9 });
    await eventually(() => (stateOf(ru, kzId)?.cursor as { anchor?: number })?.anchor === 9, 5000, "KZ's move");

    // When the observer leaves, only the observer's entry goes; KZ stays.
    observer.socket.close();
    await eventually(() => stateOf(ru, observerId) === undefined, 5000, "the observer gone at RU");
    expect(stateOf(ru, kzId)).toBeDefined();
    kz.destroy();
    ru.destroy();
  });
});
