import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate } from "y-protocols/awareness";
import { stampAwareness } from "./awareness-identity";
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

  it("refuses garbage", () => {
    expect(() =>
      stampAwareness(new Uint8Array([1, 5]), { name: "x", state: null, role: "OBSERVER", color: "" }),
    ).toThrow(ProtocolError);
  });
});
