import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate } from "y-protocols/awareness";
import { MAX_AWARENESS_STATE_BYTES, stampAwareness } from "./awareness-identity";
import { ProtocolError } from "./protocol";

describe("stampAwareness", () => {
  it("replaces whatever user a client claims with the connection's identity", () => {
    const sender = new Awareness(new Y.Doc());
    sender.setLocalState({ user: { name: "Chair", state: null, role: "CHAIR" }, cursor: { anchor: 3 } });
    const identity = { name: "Delegate of Türkiye", state: "TR", role: "DELEGATE", color: "hsl(1 65% 32%)" };
    const { update, clientIds } = stampAwareness(encodeAwarenessUpdate(sender, [sender.clientID]), identity);
    expect(clientIds).toEqual([sender.clientID]);

    const receiver = new Awareness(new Y.Doc());
    applyAwarenessUpdate(receiver, update, "test");
    expect(receiver.getStates().get(sender.clientID)).toEqual({ user: identity, cursor: { anchor: 3 } });
  });

  it("keeps only the entries it is told to, and refuses a kept state over the size cap", () => {
    const identity = { name: "Observer", state: null, role: "OBSERVER", color: "" };
    const sender = new Awareness(new Y.Doc());
    sender.setLocalState({ cursor: { anchor: 1 } });
    const update = encodeAwarenessUpdate(sender, [sender.clientID]);
    expect(stampAwareness(update, identity, () => false).clientIds).toEqual([]);
    sender.setLocalState({ padding: "x".repeat(MAX_AWARENESS_STATE_BYTES) });
    const large = encodeAwarenessUpdate(sender, [sender.clientID]);
    expect(() => stampAwareness(large, identity)).toThrow(ProtocolError);
    expect(stampAwareness(large, identity, () => false).clientIds).toEqual([]); // dropped unread
  });

  it("refuses garbage", () => {
    expect(() =>
      stampAwareness(new Uint8Array([1, 5]), { name: "x", state: null, role: "OBSERVER", color: "" }),
    ).toThrow(ProtocolError);
  });
});
