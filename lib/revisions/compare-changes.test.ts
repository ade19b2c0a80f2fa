import type { JSONContent } from "@tiptap/core";
import { describe, expect, it } from "vitest";
import { textView, type TextView } from "../draft/paragraph-views";
import { documentParagraphs } from "../editor/document-paragraphs";
import { renumber } from "../negotiation";
import { compareTexts } from "./compare";
import { expectFaithful, paragraph as p, text } from "./test-support";

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
