import { describe, expect, it } from "vitest";
import { describeOutstanding, isClean, outstanding } from "./outstanding";

describe("outstanding", () => {
  it("finds nothing in clean text without holds", () => {
    const remaining = outstanding("Decide to counter terrorism;");
    expect(remaining).toEqual({ brackets: [], alternatives: [], deletions: [], unbalanced: [] });
    expect(isClean(remaining)).toBe(true);
  });

  it("counts typed brackets, nested ones included", () => {
    expect(outstanding("[combat][counter] [all [forms of] terrorism]").brackets.map((bracket) => bracket.text)).toEqual(
      ["combat", "counter", "all [forms of] terrorism", "forms of"],
    );
  });

  it("attributes typed brackets to the states holding them instead of counting them twice", () => {
    const remaining = outstanding("Decide to [combat][counter] terrorism", {
      brackets: [
        { text: "counter", states: ["TR"] },
        { text: "combat", states: ["RU", "CN"] },
      ],
    });
    expect(remaining.brackets).toEqual([
      { text: "combat", states: ["RU", "CN"] },
      { text: "counter", states: ["TR"] },
    ]);
  });

  it("adds structured holds that match no typed bracket", () => {
    const remaining = outstanding("Decide to [combat] terrorism", {
      brackets: [{ text: "in all its forms", states: ["IN"] }],
      alternatives: [{ label: "Alt 1", text: "prevent", states: ["KZ"] }],
    });
    expect(remaining.brackets).toEqual([
      { text: "combat", states: [] },
      { text: "in all its forms", states: ["IN"] },
    ]);
    expect(remaining.alternatives).toEqual([{ label: "Alt 1", states: ["KZ"] }]);
  });

  it("matches alternatives by label", () => {
    const remaining = outstanding("[Alt 1: combat] [alt 2: counter]", {
      alternatives: [{ label: "Alt 2", text: "counter", states: ["TR"] }],
    });
    expect(remaining.alternatives).toEqual([
      { label: "Alt 1", states: [] },
      { label: "Alt 2", states: ["TR"] },
    ]);
    expect(remaining.brackets).toEqual([]);
  });

  it("merges a structured deletion proposal with a typed marker into one", () => {
    const remaining = outstanding("[delete: RU] Recalling …", {
      deletion: { proposedBy: ["RU", "CN"], retainedBy: ["KZ"] },
    });
    expect(remaining.deletions).toEqual([{ proposedBy: ["RU", "CN"], retainedBy: ["KZ"] }]);
    expect(outstanding("Recalling …", { deletion: { proposedBy: ["IN"] } }).deletions).toEqual([
      { proposedBy: ["IN"], retainedBy: [] },
    ]);
  });

  it("counts unbalanced brackets but leaves empty brackets to the bracket count", () => {
    const remaining = outstanding("a [b ] c] []");
    expect(remaining.unbalanced).toEqual([{ kind: "unopened", offset: 8 }]);
    expect(remaining.brackets.map((bracket) => bracket.text)).toEqual(["b ", ""]);
    expect(isClean(remaining)).toBe(false);
  });
});

describe("describeOutstanding", () => {
  it("names brackets and counts the rest", () => {
    expect(describeOutstanding(outstanding("[combat][counter] terrorism [Alt 1: x]"))).toBe(
      "2 brackets ([combat], [counter]) and 1 alternative",
    );
    expect(describeOutstanding(outstanding("[delete] [Alt 1: x] [Alt 2: y] [a] ["))).toBe(
      "1 bracket ([a]), 2 alternatives, 1 deletion proposal and 1 unbalanced bracket",
    );
  });

  it("shortens long brackets and long lists", () => {
    expect(describeOutstanding(outstanding("[to prevent and combat terrorism in all its forms]"))).toBe(
      "1 bracket ([to prevent and combat…])",
    );
    expect(describeOutstanding(outstanding(`[${"x".repeat(40)}]`))).toBe(`1 bracket ([${"x".repeat(30)}…])`);
    expect(describeOutstanding(outstanding("[a][b][c][d][e][f]"))).toBe("6 brackets ([a], [b], [c], [d], [e], …)");
  });

  it("says nothing for a clean paragraph", () => {
    expect(describeOutstanding(outstanding("clean"))).toBe("");
  });
});
