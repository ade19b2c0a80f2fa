import { describe, expect, it } from "vitest";
import { latinSuffix, letterOf, paragraphLabel, romanOf, subParagraphLabel } from "./labels";

describe("latinSuffix", () => {
  it("spells the first ten insertions in Latin", () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9].map(latinSuffix)).toEqual([
      "bis",
      "ter",
      "quater",
      "quinquies",
      "sexies",
      "septies",
      "octies",
      "novies",
      "decies",
    ]);
  });

  it("falls back to a dotted ordinal after decies", () => {
    expect(latinSuffix(10)).toBe(".11");
    expect(latinSuffix(14)).toBe(".15");
  });
});

describe("letterOf", () => {
  it("runs a to z, then doubles the letter", () => {
    expect([1, 2, 26, 27, 28, 52, 53].map(letterOf)).toEqual(["a", "b", "z", "aa", "bb", "zz", "aaa"]);
  });
});

describe("romanOf", () => {
  it("writes lower-case roman numerals", () => {
    expect([1, 2, 3, 4, 5, 9, 10, 14, 40, 49, 90, 1994].map(romanOf)).toEqual([
      "i",
      "ii",
      "iii",
      "iv",
      "v",
      "ix",
      "x",
      "xiv",
      "xl",
      "xlix",
      "xc",
      "mcmxciv",
    ]);
  });
});

describe("paragraphLabel", () => {
  it("writes PP and OP numbers with their Latin suffix", () => {
    expect(paragraphLabel("preambular", 3)).toBe("PP3");
    expect(paragraphLabel("operative", 5, 1)).toBe("OP5 bis");
    expect(paragraphLabel("operative", 5, 3)).toBe("OP5 quater");
    expect(paragraphLabel("operative", 5, 10)).toBe("OP5.11");
    expect(paragraphLabel("operative", 0)).toBe("OP0");
  });
});

describe("subParagraphLabel", () => {
  it("uses letters at level 1 and romans at level 2, suffix inside the parentheses", () => {
    expect(subParagraphLabel(1, 3)).toBe("(c)");
    expect(subParagraphLabel(1, 3, 1)).toBe("(c bis)");
    expect(subParagraphLabel(2, 2)).toBe("(ii)");
    expect(subParagraphLabel(2, 4, 2)).toBe("(iv ter)");
    expect(subParagraphLabel(1, 0)).toBe("(0)");
    expect(subParagraphLabel(2, 0, 1)).toBe("(0 bis)");
  });
});
