import { describe, expect, it } from "vitest";
import { parseBusEvent } from "./bus";

describe("parseBusEvent", () => {
  it("takes the events of known topics with their ids", () => {
    expect(parseBusEvent('{"topic":"stored-change","documentId":"d"}')).toEqual({
      topic: "stored-change",
      documentId: "d",
    });
    expect(parseBusEvent('{"topic":"thread","documentId":"d","threadId":"t"}')).toEqual({
      topic: "thread",
      documentId: "d",
      threadId: "t",
    });
  });

  it("ignores anything else on the channel", () => {
    for (const payload of [
      undefined,
      "",
      "not json",
      "null",
      "42",
      '{"topic":"thread","documentId":"d"}',
      '{"topic":"other","documentId":"d"}',
      '{"topic":"stored-change","documentId":7}',
    ])
      expect(parseBusEvent(payload)).toBeNull();
  });
});
