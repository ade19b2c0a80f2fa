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

  it("takes a draft's and a person's changes", () => {
    expect(parseBusEvent('{"topic":"document","documentId":"d"}')).toEqual({ topic: "document", documentId: "d" });
    expect(parseBusEvent('{"topic":"access","userId":"u"}')).toEqual({ topic: "access", userId: "u" });
    expect(parseBusEvent('{"topic":"access","documentId":"d"}')).toBeNull();
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
