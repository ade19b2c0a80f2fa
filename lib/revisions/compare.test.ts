import type { JSONContent } from "@tiptap/core";
import { describe, expect, it } from "vitest";
import { textView, type ParagraphView, type TextView } from "../draft/paragraph-views";
import { documentParagraphs } from "../editor/document-paragraphs";
import { renumber } from "../negotiation";
import { compareTexts, DuplicateParagraphIdError, type TextComparison } from "./compare";
import { paragraph as p, text } from "./test-support";
import { afterSide, beforeSide, sideText } from "./word-diff";

/** The rows as "id:change" (+ " moved"), the way a reader scans the comparison. */
const rows = (comparison: TextComparison) =>
  comparison.paragraphs.map((row) => `${row.id}:${row.change}${row.moved ? " moved" : ""}`);

/** Every row spells both of its paragraphs exactly: the inline and side-by-side views rely on it. */
function expectFaithful(comparison: TextComparison) {
  for (const row of comparison.paragraphs) {
    expect(sideText(beforeSide(row.words))).toBe(row.before?.text ?? "");
    expect(sideText(afterSide(row.words))).toBe(row.after?.text ?? "");
  }
}

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

describe("compareTexts: what changed inside a paragraph", () => {
  it("notices a renumbering without calling the paragraph changed", () => {
    const comparison = compareTexts(
      text([p("a", "A.", { number: "OP5 bis" }), p("h", "Heading", { number: null, kind: "heading" })]),
      text([p("a", "A.", { number: "OP6" }), p("h", "Heading", { number: null, kind: "heading" })]),
    );
    expect(comparison.paragraphs[0]).toMatchObject({ change: "unchanged", numberChanged: true, textChanged: false });
    expect(comparison.paragraphs[0]!.before!.number).toBe("OP5 bis");
    expect(comparison.paragraphs[0]!.after!.number).toBe("OP6");
    expect(comparison.paragraphs[1]).toMatchObject({ change: "unchanged", numberChanged: false });
    expect(comparison.summary).toMatchObject({ renumbered: 1, unchanged: 2, changed: 0 });
  });

  it("shows a status-only change (open → agreed) with the words untouched", () => {
    const comparison = compareTexts(
      text([p("op1", "Agreed words.")]),
      text([p("op1", "Agreed words.", { status: "agreed", lock: { status: "agreed", adRef: null } })]),
    );
    expect(comparison.paragraphs[0]).toMatchObject({
      change: "changed",
      statusChanged: true,
      textChanged: false,
      bracketsChanged: false,
      adRefChanged: false,
      words: [{ op: "equal", text: "Agreed words." }],
    });
    expect(comparison.summary).toMatchObject({ statusChanged: 1, textChanged: 0, changed: 1 });
  });

  it("shows brackets removed as brackets removed, the words kept", () => {
    const comparison = compareTexts(
      text([p("op1", "[a] b", { status: "bracketed", brackets: [{ text: "a", states: ["RU"] }] })]),
      text([p("op1", "a b")]),
    );
    expect(comparison.paragraphs[0]).toMatchObject({ change: "changed", bracketsChanged: true, statusChanged: true });
    expect(comparison.paragraphs[0]!.words).toEqual([
      { op: "delete", text: "[" },
      { op: "equal", text: "a" },
      { op: "delete", text: "]" },
      { op: "equal", text: " b" },
    ]);
  });

  it("notices states joining a bracket with the same text, and ignores the order they are listed in", () => {
    const held = (states: string[]) =>
      p("op1", "To [combat] terrorism.", { status: "bracketed", brackets: [{ text: "combat", states }] });
    const joined = compareTexts(text([held(["RU"])]), text([held(["RU", "CN"])]));
    expect(joined.paragraphs[0]).toMatchObject({ change: "changed", bracketsChanged: true, textChanged: false });
    expect(joined.paragraphs[0]!.words).toEqual([{ op: "equal", text: "To [combat] terrorism." }]);

    const reordered = compareTexts(text([held(["RU", "CN"])]), text([held(["CN", "RU"])]));
    expect(reordered.paragraphs[0]!.change).toBe("unchanged");

    const alternatives = (states: string[]) =>
      p("op1", "[Alt 1: x][Alt 2: y]", {
        status: "bracketed",
        alternatives: [
          { label: "Alt 1", states: ["KZ"] },
          { label: "Alt 2", states },
        ],
      });
    expect(compareTexts(text([alternatives(["IN"])]), text([alternatives(["IN", "KR"])])).paragraphs[0]).toMatchObject({
      bracketsChanged: true,
    });
  });

  it("counts a bracket moved over words as a bracket change, not only a text change", () => {
    const comparison = compareTexts(text([p("op1", "[a b] c")]), text([p("op1", "[a] b c")]));
    expect(comparison.paragraphs[0]).toMatchObject({ textChanged: true, bracketsChanged: true });
    const wordsOnly = compareTexts(text([p("op1", "[a] b c")]), text([p("op1", "[a] d c")]));
    expect(wordsOnly.paragraphs[0]).toMatchObject({ textChanged: true, bracketsChanged: false });
  });

  it("shows ad ref added, then its deadline extended", () => {
    const open = p("op1", "Words.");
    const adRef = (deadline: string) =>
      p("op1", "Words.", {
        status: "agreed_ad_ref",
        lock: { status: "agreed_ad_ref", adRef: { states: ["RU", "CN"], deadline } },
      });
    const added = compareTexts(text([open]), text([adRef("2026-12-12")]));
    expect(added.paragraphs[0]).toMatchObject({ change: "changed", statusChanged: true, adRefChanged: true });
    expect(added.paragraphs[0]!.after!.lock!.adRef).toEqual({ states: ["RU", "CN"], deadline: "2026-12-12" });

    const extended = compareTexts(text([adRef("2026-12-12")]), text([adRef("2027-01-15")]));
    expect(extended.paragraphs[0]).toMatchObject({ change: "changed", statusChanged: false, adRefChanged: true });
  });

  it("notices a preambular paragraph turned operative", () => {
    const comparison = compareTexts(
      text([p("x", "Words.", { kind: "preambular", number: "PP3" })]),
      text([p("x", "Words.", { kind: "operative", number: "OP0" })]),
    );
    expect(comparison.paragraphs[0]).toMatchObject({ change: "changed", structureChanged: true, numberChanged: true });
  });
});

describe("compareTexts on text views read from editor documents", () => {
  const node = (pid: string, words: string, attrs: Record<string, unknown> = {}): JSONContent => ({
    type: "paragraph",
    attrs: { pid, kind: "operative", status: "open", ...attrs },
    content: [{ type: "text", text: words }],
  });
  const doc = (...nodes: JSONContent[]): JSONContent => ({ type: "doc", content: nodes });

  it("reads a session's work as the room says it: OP1 split into OP1 bis, OP2 deleted, OP3 agreed ad ref", () => {
    const tabled = doc(
      node("p1", "Calls upon Member States to cooperate. Encourages the exchange of information."),
      node("p2", "Requests the Secretariat to report."),
      node("p3", "Decides to [combat][counter] terrorism.", {
        holds: JSON.stringify({ brackets: [{ text: "combat", states: ["RU"] }] }),
      }),
    );
    const { base } = renumber(documentParagraphs(tabled));
    const revision1: TextView = textView(tabled, base);
    const live = textView(
      doc(
        node("p1", "Calls upon Member States to cooperate."),
        node("p1b", "Encourages the exchange of information."),
        node("p3", "Decides to counter terrorism.", {
          status: "agreed_ad_ref",
          adRefStates: "RU",
          adRefDeadline: "2026-12-12",
        }),
      ),
      base,
    );
    const comparison = compareTexts(revision1, live);
    expect(
      comparison.paragraphs.map((row) => [row.before?.number ?? null, row.after?.number ?? null, row.change]),
    ).toEqual([
      ["OP1", "OP1", "changed"],
      [null, "OP1 bis", "inserted"],
      ["OP2", null, "deleted"],
      ["OP3", "OP3", "changed"],
    ]);
    expect(comparison.paragraphs[2]!.placeholder).toBe("OP2");
    expect(comparison.paragraphs[3]).toMatchObject({ statusChanged: true, bracketsChanged: true, adRefChanged: true });
    expect(comparison.paragraphs[3]!.before!.status).toBe("bracketed");
    expect(comparison.paragraphs[3]!.after!.lock).toEqual({
      status: "agreed_ad_ref",
      adRef: { states: ["RU"], deadline: "2026-12-12" },
    });
    expect(comparison.paragraphs[3]!.words).toEqual([
      { op: "equal", text: "Decides to " },
      { op: "delete", text: "[combat][" },
      { op: "equal", text: "counter" },
      { op: "delete", text: "]" },
      { op: "equal", text: " terrorism." },
    ]);
    expect(comparison.summary).toMatchObject({ inserted: 1, deleted: 1, changed: 2, statusChanged: 1 });
    expectFaithful(comparison);
  });
});
