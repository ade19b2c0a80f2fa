import { describe, expect, it } from "vitest";
import { baseFromNumbers, numberingBaseSchema } from "./base";

describe("numberingBaseSchema", () => {
  it("accepts numbered and sub-paragraph entries, with or without suffix", () => {
    const base = { p1: { kind: "operative", n: 5, suffix: 1 }, p2: { parent: "p1", n: 3 } };
    expect(numberingBaseSchema.parse(base)).toEqual(base);
  });

  it("refuses headings, negative or fractional numbers", () => {
    expect(numberingBaseSchema.safeParse({ h: { kind: "heading", n: 1 } }).success).toBe(false);
    expect(numberingBaseSchema.safeParse({ p: { kind: "operative", n: -1 } }).success).toBe(false);
    expect(numberingBaseSchema.safeParse({ p: { parent: "x", n: 1.5 } }).success).toBe(false);
  });
});

describe("baseFromNumbers", () => {
  it("keeps every numbered entry, suffix included, and skips the unnumbered", () => {
    expect(
      baseFromNumbers([
        { id: "h", number: null },
        { id: "p1", number: { kind: "operative", n: 5, suffix: 1 } },
        { id: "p2", number: { parent: "p1", n: 1, suffix: 0 } },
      ]),
    ).toEqual({ p1: { kind: "operative", n: 5, suffix: 1 }, p2: { parent: "p1", n: 1, suffix: 0 } });
  });
});
