import { describe, expect, it } from "vitest";
import type { NumberingBase } from "./base";
import { numberParagraphs } from "./numbering";
import { renumber } from "./renumber";
import { heading, op, pp, sub } from "./test-support";

const base: NumberingBase = {
  p1: { kind: "preambular", n: 1 },
  op1: { kind: "operative", n: 1 },
  op2: { kind: "operative", n: 2 },
  op3: { kind: "operative", n: 3 },
};

describe("renumber", () => {
  const text = [
    heading("h"),
    pp("p1"),
    op("op1"),
    op("x"),
    sub("xa"),
    op("op2", { deleted: true }),
    sub("op2a"),
    op("op3"),
  ];

  it("numbers the surviving paragraphs afresh and drops deleted ones with their sub-paragraphs", () => {
    const result = renumber(text, base);
    expect(result.paragraphs.map((paragraph) => paragraph.id)).toEqual(["h", "p1", "op1", "x", "xa", "op3"]);
    expect(result.numbers.map((number) => number.display)).toEqual([null, "PP1", "OP1", "OP2", "(a)", "OP3"]);
  });

  it("produces the old → new table, deleted paragraphs mapping to null, headings left out", () => {
    expect(renumber(text, base).table).toEqual([
      { id: "p1", old: "PP1", new: "PP1" },
      { id: "op1", old: "OP1", new: "OP1" },
      { id: "x", old: "OP1 bis", new: "OP2" },
      { id: "xa", old: "OP1 bis (a)", new: "OP2 (a)" },
      { id: "op2", old: "OP2", new: null },
      { id: "op2a", old: "OP2 (a)", new: null },
      { id: "op3", old: "OP3", new: "OP3" },
    ]);
  });

  it("returns the new base, under which the clean text keeps its numbers", () => {
    const result = renumber(text, base);
    expect(result.base).toEqual({
      p1: { kind: "preambular", n: 1, suffix: 0 },
      op1: { kind: "operative", n: 1, suffix: 0 },
      x: { kind: "operative", n: 2, suffix: 0 },
      xa: { parent: "x", n: 1, suffix: 0 },
      op3: { kind: "operative", n: 3, suffix: 0 },
    });
    expect(numberParagraphs(result.paragraphs, result.base)).toEqual(result.numbers);
  });

  it("renumbers moved paragraphs by their new position", () => {
    expect(renumber([op("op3"), op("op1"), op("op2")], base).table.map((entry) => `${entry.old}→${entry.new}`)).toEqual(
      ["OP3→OP1", "OP1→OP2", "OP2→OP3"],
    );
  });

  it("renumbers an empty draft to nothing", () => {
    expect(renumber([], {})).toEqual({ paragraphs: [], numbers: [], base: {}, table: [] });
  });

  it("renumbers a draft that was never numbered without a base", () => {
    expect(renumber([op("a"), op("b", { deleted: true }), op("c")]).table).toEqual([
      { id: "a", old: "OP1", new: "OP1" },
      { id: "b", old: "OP2", new: null },
      { id: "c", old: "OP3", new: "OP2" },
    ]);
  });
});
