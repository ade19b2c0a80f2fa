import { describe, expect, it } from "vitest";
import { splitBrackets } from "./inline-brackets";

describe("splitBrackets", () => {
  it("separates bracketed spans from plain text", () => {
    expect(splitBrackets("Decide to [combat][counter] terrorism;")).toEqual({
      segments: [
        { kind: "text", text: "Decide to " },
        { kind: "bracket", text: "combat" },
        { kind: "bracket", text: "counter" },
        { kind: "text", text: " terrorism;" },
      ],
      unbalanced: false,
    });
  });

  it("keeps nested brackets inside the outer span", () => {
    expect(splitBrackets("a [b [c] d] e").segments).toEqual([
      { kind: "text", text: "a " },
      { kind: "bracket", text: "b [c] d" },
      { kind: "text", text: " e" },
    ]);
  });

  it("flags an unclosed bracket and keeps its text", () => {
    const result = splitBrackets("a [b c");
    expect(result.unbalanced).toBe(true);
    expect(result.segments.map((segment) => segment.text).join("")).toBe("a [b c");
  });

  it("flags a stray closing bracket", () => {
    expect(splitBrackets("a ] b").unbalanced).toBe(true);
  });

  it("returns no segments for empty text", () => {
    expect(splitBrackets("")).toEqual({ segments: [], unbalanced: false });
  });
});
