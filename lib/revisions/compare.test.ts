import { describe, expect, it } from "vitest";
import type { ParagraphView } from "../draft/paragraph-views";
import { compareTexts, DuplicateParagraphIdError } from "./compare";
import { expectFaithful, paragraph as p, rows, text } from "./test-support";

const five = () => ["op1", "op2", "op3", "op4", "op5"].map((id) => p(id, `Text of ${id}.`));

describe("compareTexts: texts as a whole", () => {
  it("finds nothing between two identical texts", () => {
    const comparison = compareTexts(text(five()), text(five()));
    expect(rows(comparison)).toEqual([
      "op1:unchanged",
      "op2:unchanged",
      "op3:unchanged",
      "op4:unchanged",
      "op5:unchanged",
    ]);
    expect(comparison.paragraphs[0]!.words).toEqual([{ op: "equal", text: "Text of op1." }]);
    expect(comparison.summary).toEqual({
      inserted: 0,
      deleted: 0,
      changed: 0,
      unchanged: 5,
      moved: 0,
      textChanged: 0,
      statusChanged: 0,
      bracketsChanged: 0,
      renumbered: 0,
    });
  });

  it("compares two empty drafts to nothing", () => {
    const comparison = compareTexts(text([]), text([]));
    expect(comparison.paragraphs).toEqual([]);
    expect(Object.values(comparison.summary).every((count) => count === 0)).toBe(true);
  });

  it("shows every paragraph inserted into an empty draft, and every one deleted from a draft emptied", () => {
    const filled = compareTexts(text([]), text(five()));
    expect(rows(filled)).toEqual(["op1:inserted", "op2:inserted", "op3:inserted", "op4:inserted", "op5:inserted"]);
    expect(filled.paragraphs[0]!.words).toEqual([{ op: "insert", text: "Text of op1." }]);
    expect(filled.summary.inserted).toBe(5);

    const emptied = compareTexts(text(five()), text([]));
    expect(rows(emptied)).toEqual(["op1:deleted", "op2:deleted", "op3:deleted", "op4:deleted", "op5:deleted"]);
    expect(emptied.paragraphs[4]!.words).toEqual([{ op: "delete", text: "Text of op5." }]);
    expect(emptied.summary.deleted).toBe(5);
    expectFaithful(filled);
    expectFaithful(emptied);
  });

  it("refuses a text that holds one paragraph id twice, naming it", () => {
    const damaged = text([p("op1", "A."), p("op1", "B.")]);
    expect(() => compareTexts(text(five()), damaged)).toThrow(DuplicateParagraphIdError);
    expect(() => compareTexts(damaged, text(five()))).toThrow("Paragraph id op1 appears twice in the older text.");
  });
});

describe("compareTexts: paragraphs matched by id, never by position", () => {
  it("splits: the first part keeps the id and loses its tail, the second part is inserted after it", () => {
    const before = text([p("op1", "Calls upon Member States to cooperate. Encourages the exchange of information.")]);
    const after = text([
      p("op1", "Calls upon Member States to cooperate."),
      p("new", "Encourages the exchange of information.", { number: "OP1 bis" }),
    ]);
    const comparison = compareTexts(before, after);
    expect(rows(comparison)).toEqual(["op1:changed", "new:inserted"]);
    expect(comparison.paragraphs[0]!.words).toEqual([
      { op: "equal", text: "Calls upon Member States to cooperate." },
      { op: "delete", text: " Encourages the exchange of information." },
    ]);
    expect(comparison.paragraphs[1]!.words).toEqual([
      { op: "insert", text: "Encourages the exchange of information." },
    ]);
    expectFaithful(comparison);
  });

  it("merges: the survivor gains the other's words, the other is deleted right after it", () => {
    const before = text([
      p("op1", "Calls upon Member States to cooperate."),
      p("op2", "Encourages exchanges."),
      p("op3", "C."),
    ]);
    const after = text(
      [p("op1", "Calls upon Member States to cooperate and encourages exchanges."), p("op3", "C.")],
      [{ id: "op2", number: "OP2" }],
    );
    const comparison = compareTexts(before, after);
    expect(rows(comparison)).toEqual(["op1:changed", "op2:deleted", "op3:unchanged"]);
    expect(comparison.paragraphs[0]!.words).toEqual([
      { op: "equal", text: "Calls upon Member States to cooperate" },
      { op: "insert", text: " and encourages exchanges" },
      { op: "equal", text: "." },
    ]);
    expect(comparison.paragraphs[1]).toMatchObject({ placeholder: "OP2", after: null, toIndex: null, fromIndex: 1 });
    expectFaithful(comparison);
  });

  it("marks only the paragraph carried far as moved, not the ones it jumped over", () => {
    const [op1, op2, op3, op4, op5] = five() as [
      ParagraphView,
      ParagraphView,
      ParagraphView,
      ParagraphView,
      ParagraphView,
    ];
    const down = compareTexts(text(five()), text([op2, op3, op4, op5, op1]));
    expect(rows(down)).toEqual([
      "op2:unchanged",
      "op3:unchanged",
      "op4:unchanged",
      "op5:unchanged",
      "op1:unchanged moved",
    ]);
    expect(down.paragraphs[4]).toMatchObject({ fromIndex: 0, toIndex: 4 });
    const up = compareTexts(text(five()), text([op5, op1, op2, op3, op4]));
    expect(rows(up)).toEqual([
      "op5:unchanged moved",
      "op1:unchanged",
      "op2:unchanged",
      "op3:unchanged",
      "op4:unchanged",
    ]);
    expect(up.summary.moved).toBe(1);
  });

  it("reorders two neighbours by moving one of them", () => {
    const [op1, op2, op3] = five() as [ParagraphView, ParagraphView, ParagraphView];
    const comparison = compareTexts(text([op1, op2, op3]), text([op2, op1, op3]));
    expect(rows(comparison)).toEqual(["op2:unchanged", "op1:unchanged moved", "op3:unchanged"]);
    expect(comparison.summary).toMatchObject({ moved: 1, unchanged: 3, changed: 0 });
  });

  it("reverses a text by moving all but one paragraph", () => {
    const comparison = compareTexts(text(five()), text(five().reverse()));
    expect(comparison.summary.moved).toBe(4);
  });

  it("shows a paragraph both moved and edited with its word changes", () => {
    const before = text([p("op1", "Decides to convene a meeting in 2023."), p("op2", "B."), p("op3", "C.")]);
    const after = text([p("op2", "B."), p("op3", "C."), p("op1", "Decides to convene a high-level meeting in 2024.")]);
    const comparison = compareTexts(before, after);
    expect(rows(comparison)).toEqual(["op2:unchanged", "op3:unchanged", "op1:changed moved"]);
    expect(comparison.paragraphs[2]!.words).toEqual([
      { op: "equal", text: "Decides to convene a " },
      { op: "insert", text: "high-level " },
      { op: "equal", text: "meeting in " },
      { op: "delete", text: "2023" },
      { op: "insert", text: "2024" },
      { op: "equal", text: "." },
    ]);
    expectFaithful(comparison);
  });

  it("puts a deleted paragraph where it was: before its successor that stayed, after what was inserted", () => {
    const before = text([p("op1", "A."), p("op2", "B."), p("op3", "C."), p("op4", "D.")]);
    // op2 deleted and a new paragraph (OP1 bis) inserted after op1; op4 deleted at the end.
    const after = text([p("op1", "A."), p("new", "B, better.", { number: "OP1 bis" }), p("op3", "C.")]);
    expect(rows(compareTexts(before, after))).toEqual([
      "op1:unchanged",
      "new:inserted",
      "op2:deleted",
      "op3:unchanged",
      "op4:deleted",
    ]);

    // op2 sat between op3 and op4; op3 moved away, op4 stayed: op2 shows before op4, where it was.
    const moved = compareTexts(
      text([p("op1", "A."), p("op3", "C."), p("op2", "B."), p("op4", "D."), p("op5", "E.")]),
      text([p("op1", "A."), p("op4", "D."), p("op5", "E."), p("op3", "C.")]),
    );
    expect(rows(moved)).toEqual([
      "op1:unchanged",
      "op2:deleted",
      "op4:unchanged",
      "op5:unchanged",
      "op3:unchanged moved",
    ]);

    // Nothing before it stayed: at the top.
    expect(rows(compareTexts(text([p("op1", "A."), p("op2", "B.")]), text([p("op2", "B.")])))).toEqual([
      "op1:deleted",
      "op2:unchanged",
    ]);
  });

  it("treats the text's '[deleted]' placeholders as numbers, not paragraphs", () => {
    // op2 was already gone from `from` (a placeholder there), op3 is deleted now, op4 comes back.
    const before = text(
      [p("op1", "A."), p("op3", "C.")],
      [
        { id: "op2", number: "OP2" },
        { id: "op4", number: "OP4" },
      ],
    );
    const after = text(
      [p("op1", "A."), p("op4", "D.")],
      [
        { id: "op2", number: "OP2" },
        { id: "op3", number: "OP3" },
      ],
    );
    const comparison = compareTexts(before, after);
    expect(rows(comparison)).toEqual(["op1:unchanged", "op4:inserted", "op3:deleted"]);
    expect(comparison.paragraphs[2]!.placeholder).toBe("OP3");
  });
});
