import { describe, expect, it } from "vitest";
import { holdsOfCopy } from "./holds-of-copy";

const holds = JSON.stringify({
  brackets: [
    { text: "first words", states: ["KZ"] },
    { text: "second words", states: ["RU", "CN"] },
  ],
  alternatives: [{ label: "Alt 1", states: ["IN"] }],
  deletion: { proposedBy: ["TR"], retainedBy: [] },
});

describe("the holds a copy of a paragraph keeps", () => {
  it("are those of the brackets it has, never its original's deletion proposal", () => {
    expect(JSON.parse(holdsOfCopy(holds, "and the [second words] then")!)).toEqual({
      brackets: [{ text: "second words", states: ["RU", "CN"] }],
    });
    expect(JSON.parse(holdsOfCopy(holds, "[Alt 1: one] [first words]")!)).toEqual({
      brackets: [{ text: "first words", states: ["KZ"] }],
      alternatives: [{ label: "Alt 1", states: ["IN"] }],
    });
  });

  it("are none when it has none of the brackets", () => {
    expect(holdsOfCopy(holds, "the rest of the paragraph;")).toBeNull();
    expect(holdsOfCopy(null, "[first words]")).toBeNull();
  });
});
