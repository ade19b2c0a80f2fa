import { describe, expect, it } from "vitest";
import {
  alternativeGroup,
  attributeBrackets,
  countedHolds,
  holdsChangeAllowed,
  parseHolds,
  serializeHolds,
  setDeletionStance,
  setSpanHold,
  statesChangedBetween,
} from "./holds";
import { outstanding } from "./outstanding";

describe("parseHolds / serializeHolds", () => {
  it("round-trips, reads junk as nothing held, and stores nothing as null", () => {
    const holds = { brackets: [{ text: "combat", states: ["RU"] }], deletion: { proposedBy: ["IN"], retainedBy: [] } };
    expect(parseHolds(serializeHolds(holds))).toEqual({ ...holds, alternatives: [] });
    expect(parseHolds("{not json")).toEqual({ brackets: [], alternatives: [], deletion: null });
    expect(parseHolds({ brackets: "nope" })).toEqual({ brackets: [], alternatives: [], deletion: null });
    expect(parseHolds(null)).toEqual({ brackets: [], alternatives: [], deletion: null });
    expect(serializeHolds({ brackets: [], alternatives: [], deletion: null })).toBeNull();
  });
});

describe("holdsChangeAllowed: a delegation speaks only for itself", () => {
  const before = {
    brackets: [{ text: "combat", states: ["RU", "CN"] }],
    alternatives: [{ label: "Alt 1", states: ["IN"] }],
    deletion: { proposedBy: ["IN"], retainedBy: ["AZ"] },
  };
  it("allows adding and withdrawing one's own state anywhere", () => {
    expect(
      holdsChangeAllowed(before, { ...before, brackets: [{ text: "combat", states: ["RU", "CN", "KZ"] }] }, "KZ"),
    ).toBe(true);
    expect(holdsChangeAllowed(before, { ...before, brackets: [{ text: "combat", states: ["CN"] }] }, "RU")).toBe(true);
    expect(holdsChangeAllowed(before, { ...before, alternatives: [] }, "IN")).toBe(true);
    expect(
      holdsChangeAllowed(before, { ...before, deletion: { proposedBy: ["IN"], retainedBy: ["AZ", "KZ"] } }, "KZ"),
    ).toBe(true);
    expect(
      holdsChangeAllowed(before, { ...before, brackets: [...before.brackets, { text: "new", states: ["KZ"] }] }, "KZ"),
    ).toBe(true);
  });
  it("refuses touching another state's hold, also by moving it to other words", () => {
    expect(
      holdsChangeAllowed(before, { ...before, brackets: [{ text: "combat", states: ["RU", "CN", "TR"] }] }, "KZ"),
    ).toBe(false);
    expect(holdsChangeAllowed(before, { ...before, brackets: [] }, "RU")).toBe(false);
    expect(holdsChangeAllowed(before, { ...before, brackets: [{ text: "counter", states: ["RU", "CN"] }] }, "RU")).toBe(
      false,
    );
    expect(holdsChangeAllowed(before, { ...before, deletion: null }, "IN")).toBe(false); // AZ's retain too
    expect(holdsChangeAllowed(before, before, null)).toBe(true);
    expect(holdsChangeAllowed(before, {}, null)).toBe(false);
    expect([...statesChangedBetween(before, {})].sort()).toEqual(["AZ", "CN", "IN", "RU"]);
  });
  it("counts a state holding two brackets of the same words twice", () => {
    const twice = {
      brackets: [
        { text: "a", states: ["RU"] },
        { text: "a", states: ["RU"] },
      ],
    };
    expect(holdsChangeAllowed(twice, { brackets: [{ text: "a", states: ["RU"] }] }, "KZ")).toBe(false);
  });
  it("ignores whitespace around a bracket's words and the case of an alternative's label", () => {
    expect(
      statesChangedBetween(
        { brackets: [{ text: " a ", states: ["RU"] }] },
        { brackets: [{ text: "a", states: ["RU"] }] },
      ).size,
    ).toBe(0);
    expect(
      statesChangedBetween(
        { alternatives: [{ label: "alt 1", states: ["RU"] }] },
        { alternatives: [{ label: "Alt 1", states: ["RU"] }] },
      ).size,
    ).toBe(0);
  });
});

describe("attributeBrackets", () => {
  it("matches holds to typed brackets as outstanding() does, nested and alternatives included", () => {
    const text = "Decide to [combat][counter] terrorism [Alt 1: now] [Alt 2: later] [and [always]] [";
    const holds = {
      brackets: [
        { text: "counter", states: ["CN"] },
        { text: "combat", states: ["RU"] },
        { text: "always", states: ["KZ"] },
      ],
      alternatives: [{ label: "alt 2", states: ["IN"] }],
    };
    const { spans, unbalanced } = attributeBrackets(text, holds);
    expect(spans.map((span) => [span.content, span.states])).toEqual([
      ["combat", ["RU"]],
      ["counter", ["CN"]],
      ["Alt 1: now", []],
      ["Alt 2: later", ["IN"]],
      ["and [always]", []],
      ["always", ["KZ"]],
    ]);
    expect(unbalanced).toEqual([{ kind: "unclosed", offset: text.length - 1 }]);
    expect(outstanding(text, holds).brackets.map((b) => b.states)).toEqual(
      spans.filter((s) => s.kind === "text").map((s) => s.states),
    );
  });

  it("groups neighbouring alternatives, the chair's choice among them", () => {
    const text = "Support [Alt 1: a] [Alt 2: b], and [Alt 1: c]";
    const { spans } = attributeBrackets(text, {});
    expect(alternativeGroup(text, spans, 1)).toEqual([0, 1]);
    expect(alternativeGroup(text, spans, 2)).toEqual([2]);
  });
});

describe("changing holds", () => {
  it("joins and leaves a bracket; the last to leave drops the entry", () => {
    const holds = parseHolds(JSON.stringify({ brackets: [{ text: "combat", states: ["RU"] }] }));
    const span = { kind: "text" as const, hold: 0, content: "combat" };
    const joined = setSpanHold(holds, span, "KZ", true);
    expect(joined.brackets).toEqual([{ text: "combat", states: ["RU", "KZ"] }]);
    expect(setSpanHold(setSpanHold(joined, span, "KZ", false), span, "RU", false).brackets).toEqual([]);
    expect(setSpanHold(holds, { kind: "text", hold: null, content: "typed" }, "KZ", true).brackets).toHaveLength(2);
  });

  it("proposes and answers a deletion, keeping others' retain when the proposal goes", () => {
    let holds = parseHolds(null);
    holds = setDeletionStance(holds, "RU", "delete");
    holds = setDeletionStance(holds, "KZ", "retain");
    expect(holds.deletion).toEqual({ proposedBy: ["RU"], retainedBy: ["KZ"] });
    holds = setDeletionStance(holds, "RU", null);
    expect(holds.deletion).toEqual({ proposedBy: [], retainedBy: ["KZ"] });
    expect(countedHolds(holds).deletion).toBeNull();
    expect(setDeletionStance(holds, "KZ", null).deletion).toBeNull();
  });
});
