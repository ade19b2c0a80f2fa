import * as encoding from "lib0/encoding";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { decodeClientMessage, ProtocolError, syncStep1Message, updateMessage } from "./protocol";

const bytes = (...values: number[]) => new Uint8Array(values);

function anUpdate(): Uint8Array {
  const doc = new Y.Doc();
  doc.getText("t").insert(0, "Recognizing");
  return Y.encodeStateAsUpdate(doc);
}

describe("decodeClientMessage", () => {
  it("reads sync step 1, updates, awareness and awareness queries", () => {
    const doc = new Y.Doc();
    expect(decodeClientMessage(syncStep1Message(doc)).kind).toBe("sync-step-1");
    const update = anUpdate();
    expect(decodeClientMessage(updateMessage(update))).toMatchObject({ kind: "update", update });
    expect(decodeClientMessage(bytes(3))).toEqual({ kind: "query-awareness" });
    const awareness = encoding.createEncoder();
    encoding.writeVarUint(awareness, 1);
    encoding.writeVarUint8Array(awareness, bytes(0));
    expect(decodeClientMessage(encoding.toUint8Array(awareness)).kind).toBe("awareness");
  });

  it.each([
    ["an empty frame", bytes()],
    ["a truncated varint", bytes(0x80)],
    ["an unknown message type", bytes(9)],
    ["the server-only auth message", bytes(2, 0)],
    ["an unknown sync step", bytes(0, 7, 0)],
    ["a length beyond the frame", bytes(0, 2, 50, 1, 2, 3)],
    ["trailing bytes", bytes(3, 3)],
    ["a garbage update", bytes(0, 2, 4, 0xff, 0xff, 0xff, 0xff)],
    ["a state vector that announces more entries than it holds", bytes(0, 0, 1, 5)],
    ["a state vector cut inside a clock", bytes(0, 0, 3, 1, 7, 0x80)],
    ["a state vector with trailing bytes", bytes(0, 0, 4, 1, 7, 2, 9)],
  ])("refuses %s", (_name, frame) => {
    expect(() => decodeClientMessage(frame)).toThrow(ProtocolError);
  });
});
