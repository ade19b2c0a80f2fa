import { describe, expect, it } from "vitest";
import { baseFromNumbers, type NumberingBase } from "./base";
import { numberParagraphs } from "./numbering";
import type { Paragraph } from "./paragraph";
import { heading, op, pp, sub } from "./test-support";

const labels = (paragraphs: Paragraph[], base: NumberingBase = {}) =>
  numberParagraphs(paragraphs, base).map((number) => number.display);

/** The base a clean text of OP1 … OPn (ids op1 … opn) would have left. */
const opBase = (count: number): NumberingBase =>
  Object.fromEntries(Array.from({ length: count }, (_, i) => [`op${i + 1}`, { kind: "operative", n: i + 1 }]));

describe("numberParagraphs without a base", () => {
  it("returns nothing for an empty draft", () => {
    expect(numberParagraphs([], {})).toEqual([]);
  });

  it("numbers preambular and operative paragraphs sequentially and leaves headings bare", () => {
    expect(labels([heading("h"), pp("a"), pp("b"), heading("h2"), op("c"), op("d")])).toEqual([
      null,
      "PP1",
      "PP2",
      null,
      "OP1",
      "OP2",
    ]);
  });

  it("counts a deleted paragraph in its place, so deleting shifts no number", () => {
    expect(labels([op("a"), op("b", { deleted: true }), op("c")])).toEqual(["OP1", "OP2 [deleted]", "OP3"]);
  });
});

describe("numberParagraphs against a base", () => {
  it("gives insertions after one paragraph bis, ter, quater in document order", () => {
    const text = [op("op1"), op("op2"), op("x"), op("y"), op("z"), op("op3")];
    expect(labels(text, opBase(3))).toEqual(["OP1", "OP2", "OP2 bis", "OP2 ter", "OP2 quater", "OP3"]);
  });

  it("anchors separate insertions on their own closest base paragraph", () => {
    const text = [op("op1"), op("x"), op("op2"), op("y"), op("z"), op("op3"), op("w")];
    expect(labels(text, opBase(3))).toEqual(["OP1", "OP1 bis", "OP2", "OP2 bis", "OP2 ter", "OP3", "OP3 bis"]);
  });

  it("runs through every Latin suffix to decies, then falls back to OP1.11", () => {
    const inserted = Array.from({ length: 10 }, (_, i) => op(`x${i}`));
    expect(labels([op("op1"), ...inserted], opBase(1)).slice(1)).toEqual([
      "OP1 bis",
      "OP1 ter",
      "OP1 quater",
      "OP1 quinquies",
      "OP1 sexies",
      "OP1 septies",
      "OP1 octies",
      "OP1 novies",
      "OP1 decies",
      "OP1.11",
    ]);
  });

  it("keeps numbers when paragraphs before are deleted or removed outright", () => {
    const text = [op("op1", { deleted: true }), op("op3"), op("op4")];
    expect(labels(text, opBase(4))).toEqual(["OP1 [deleted]", "OP3", "OP4"]);
  });

  it("anchors an insertion on a deleted base paragraph too", () => {
    expect(labels([op("op1"), op("op2", { deleted: true }), op("x")], opBase(2))).toEqual([
      "OP1",
      "OP2 [deleted]",
      "OP2 bis",
    ]);
  });

  it("lets the number follow a moved paragraph, and an insertion after it follow suit", () => {
    const text = [op("op1"), op("op3"), op("op4"), op("op2"), op("x")];
    expect(labels(text, opBase(4))).toEqual(["OP1", "OP3", "OP4", "OP2", "OP2 bis"]);
  });

  it("numbers an insertion before the first base paragraph OP0, then OP0 bis", () => {
    expect(labels([op("x"), op("y"), op("op1")], opBase(1))).toEqual(["OP0", "OP0 bis", "OP1"]);
  });

  it("never reuses a suffix frozen into the base, wherever that paragraph now sits", () => {
    const base = { ...opBase(2), b: { kind: "operative", n: 1, suffix: 1 } } satisfies NumberingBase;
    const text = [op("op1"), op("x"), op("op2"), op("b")];
    expect(labels(text, base)).toEqual(["OP1", "OP1 ter", "OP2", "OP1 bis"]);
  });

  it("keeps preambular and operative series apart", () => {
    const base = { p1: { kind: "preambular", n: 1 }, ...opBase(1) } satisfies NumberingBase;
    expect(labels([pp("p1"), pp("x"), op("y"), op("op1")], base)).toEqual(["PP1", "PP1 bis", "OP0", "OP1"]);
  });

  it("numbers a kind absent from the base sequentially", () => {
    expect(labels([op("op1"), pp("x"), pp("y")], opBase(1))).toEqual(["OP1", "PP1", "PP2"]);
  });

  it("treats a paragraph that changed kind as inserted in its new series", () => {
    expect(labels([op("op1"), op("op2")], { ...opBase(1), op2: { kind: "preambular", n: 4 } })).toEqual([
      "OP1",
      "OP1 bis",
    ]);
  });

  it("gives the second of two ids claiming one number an inserted number", () => {
    const base = { op1: { kind: "operative", n: 1 }, dup: { kind: "operative", n: 1 } } satisfies NumberingBase;
    expect(labels([op("op1"), op("dup")], base)).toEqual(["OP1", "OP1 bis"]);
  });

  it("round-trips: numbers frozen into a base come back unchanged", () => {
    const text = [op("op1"), op("x"), sub("a"), sub("i", 2), op("op2")];
    const numbers = numberParagraphs(text, opBase(2));
    expect(numberParagraphs(text, baseFromNumbers(numbers))).toEqual(numbers);
  });
});

describe("sub-paragraphs", () => {
  const text = [op("op1"), sub("a"), sub("i", 2), sub("ii", 2), sub("b"), sub("i2", 2), op("op2"), sub("a2")];

  it("letters level 1 and romans level 2, restarting under each parent", () => {
    expect(labels(text)).toEqual(["OP1", "(a)", "(i)", "(ii)", "(b)", "(i)", "OP2", "(a)"]);
  });

  it("refers to them through their parents", () => {
    expect(numberParagraphs(text).map((number) => number.ref)).toEqual([
      "OP1",
      "OP1 (a)",
      "OP1 (a) (i)",
      "OP1 (a) (ii)",
      "OP1 (b)",
      "OP1 (b) (i)",
      "OP2",
      "OP2 (a)",
    ]);
  });

  it("goes on past (z) with doubled letters", () => {
    const many = Array.from({ length: 28 }, (_, i) => sub(`s${i}`));
    expect(labels([op("op1"), ...many]).slice(26)).toEqual(["(z)", "(aa)", "(bb)"]);
  });

  it("keeps base letters and gives inserted sub-paragraphs a suffix: (a bis)", () => {
    const base = { ...opBase(1), a: { parent: "op1", n: 1 }, b: { parent: "op1", n: 2 } } satisfies NumberingBase;
    expect(labels([op("op1"), sub("a"), sub("new"), sub("b"), sub("i", 2)], base)).toEqual([
      "OP1",
      "(a)",
      "(a bis)",
      "(b)",
      "(i)",
    ]);
  });

  it("treats a sub-paragraph moved under another parent as inserted there", () => {
    const base = { ...opBase(2), a: { parent: "op1", n: 1 }, b: { parent: "op2", n: 1 } } satisfies NumberingBase;
    expect(labels([op("op1"), op("op2"), sub("b"), sub("a")], base)).toEqual(["OP1", "OP2", "(a)", "(a bis)"]);
  });

  it("marks the sub-paragraphs of a deleted paragraph deleted too", () => {
    expect(labels([op("op1", { deleted: true }), sub("a"), op("op2")])).toEqual([
      "OP1 [deleted]",
      "(a) [deleted]",
      "OP2",
    ]);
  });

  it("labels an orphan after a heading in its own run, with no parent in its ref or base number", () => {
    const [, , orphan] = numberParagraphs([op("op1"), heading("h"), sub("a")]);
    expect(orphan).toEqual({ id: "a", label: "(a)", ref: "(a)", deleted: false, display: "(a)", number: null });
  });
});
