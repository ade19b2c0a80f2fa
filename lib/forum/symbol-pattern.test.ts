import { describe, expect, it } from "vitest";
import { numberOf, patternProblem, symbolFor } from "./symbol-pattern";

describe("symbol patterns", () => {
  it("make and read symbols", () => {
    expect(symbolFor("CICA/SWG/{year}/{n}", 2026, 4)).toBe("CICA/SWG/2026/4");
    expect(numberOf("CICA/SWG/{year}/{n}", 2026, "CICA/SWG/2026/12")).toBe(12);
    expect(numberOf("CICA/SWG/{year}/{n}", 2026, "CICA/SWG/2025/12")).toBeNull();
    expect(numberOf("CICA/SWG/{year}/{n}", 2026, "CICA/SWG/2026/12/Rev.1")).toBeNull();
    expect(numberOf("A.{n}", 2026, "A.7")).toBe(7);
    expect(numberOf("A.{n}", 2026, "AB7")).toBeNull(); // the dot is a dot
  });

  it("refuse patterns that cannot number drafts", () => {
    expect(patternProblem("CICA/SWG/{year}/{n}")).toBeNull();
    expect(patternProblem("CICA/SWG/{year}")).toMatch(/needs \{n\}/);
    expect(patternProblem("{n}/{n}")).toMatch(/once/);
    expect(patternProblem("X/{id}/{n}")).toMatch(/Only \{year\} and \{n\}/);
    expect(patternProblem("")).toMatch(/empty/);
  });
});
