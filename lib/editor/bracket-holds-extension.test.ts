import { Node } from "@tiptap/pm/model";
import { EditorState, TextSelection } from "@tiptap/pm/state";
import { describe, expect, it } from "vitest";
import { parseHolds, serializeHolds } from "../negotiation/holds";
import {
  bracketDecorations,
  bracketSelection,
  bracketSelectionRefusal,
  chooseAlternative,
  deletionLabel,
  paragraphAt,
  removeBracket,
  setDeletion,
  setHold,
  spanIndexAt,
} from "./bracket-holds-extension";
import { draftSchema } from "./extensions";
import { dispatchOrder, proposeAlternative } from "./propose-alternative";

const paragraph = (text: string, holds: object | null = null) => ({
  type: "paragraph",
  attrs: { kind: "operative", holds: holds ? serializeHolds(holds) : null },
  content: [{ type: "text", text }],
});

function stateOf(...blocks: object[]) {
  return EditorState.create({ doc: Node.fromJSON(draftSchema(), { type: "doc", content: blocks }) });
}

/** The position of the n-th occurrence of `needle` in the first paragraph (1 + offset). */
const at = (text: string, needle: string) => 1 + text.indexOf(needle);

describe("bracketDecorations", () => {
  it("sets off each bracket, labels it with its states, and flags an unbalanced one", () => {
    const text = "Decide to [combat] terrorism [by all means";
    const state = stateOf(paragraph(text, { brackets: [{ text: "combat", states: ["RU", "CN"] }] }));
    const found = bracketDecorations(state.doc).find();
    const inline = found.filter((d) => (d as unknown as { type: { attrs?: object } }).type.attrs);
    const attrs = inline.map((d) => ({
      from: d.from,
      to: d.to,
      ...(d as unknown as { type: { attrs: Record<string, string> } }).type.attrs,
    }));
    expect(attrs).toContainEqual(
      expect.objectContaining({
        from: at(text, "[combat]"),
        to: at(text, "[combat]") + 8,
        class: "bracket bracket--text",
        "data-held-by": "RU CN",
      }),
    );
    expect(attrs).toContainEqual(expect.objectContaining({ from: at(text, "[by"), class: "bracket-unbalanced" }));
    const widgets = found.filter((d) => d.from === d.to);
    expect(widgets.map((d) => d.from)).toEqual([at(text, "[combat]") + 8]);
  });

  it("shows a deletion proposal at the head of its paragraph", () => {
    const state = stateOf(
      paragraph("Request a report.", { deletion: { proposedBy: ["RU"], retainedBy: ["KZ", "CN"] } }),
    );
    expect(
      bracketDecorations(state.doc)
        .find()
        .filter((d) => d.from === 1 && d.to === 1),
    ).toHaveLength(1);
    expect(deletionLabel({ proposedBy: ["RU"], retainedBy: ["KZ", "CN"] })).toBe("RU: delete · KZ, CN: retain");
  });
});

describe("bracket changes", () => {
  it("brackets the selected words for a state, and withdrawing the last hold removes the brackets", () => {
    const text = "Decide to combat terrorism;";
    let state = stateOf(paragraph(text));
    state = state.apply(
      state.tr.setSelection(TextSelection.create(state.doc, at(text, "combat"), at(text, "combat") + 6)),
    );
    state = state.apply(bracketSelection(state, ["KZ"])!);
    expect(state.doc.firstChild!.textContent).toBe("Decide to [combat] terrorism;");
    expect(parseHolds(state.doc.firstChild!.attrs.holds).brackets).toEqual([{ text: "combat", states: ["KZ"] }]);

    const p = paragraphAt(state, at(state.doc.firstChild!.textContent, "combat"))!;
    const index = spanIndexAt(p, at(state.doc.firstChild!.textContent, "combat"));
    state = state.apply(setHold(state, p, index, "RU", true)!);
    expect(parseHolds(state.doc.firstChild!.attrs.holds).brackets[0]!.states).toEqual(["KZ", "RU"]);
    for (const code of ["KZ", "RU"]) {
      const current = paragraphAt(state, 12)!;
      state = state.apply(setHold(state, current, spanIndexAt(current, 12), code, false)!);
    }
    expect(state.doc.firstChild!.textContent).toBe(text);
    expect(state.doc.firstChild!.attrs.holds).toBeNull();
  });

  it("brackets an alternative as an alternative", () => {
    const text = "Support Alt 1: dry ports;";
    let state = stateOf(paragraph(text));
    state = state.apply(state.tr.setSelection(TextSelection.create(state.doc, at(text, "Alt"), at(text, ";"))));
    state = state.apply(bracketSelection(state, ["KZ", "UZ"])!);
    expect(state.doc.firstChild!.textContent).toBe("Support [Alt 1: dry ports];");
    expect(parseHolds(state.doc.firstChild!.attrs.holds).alternatives).toEqual([
      { label: "Alt 1", states: ["KZ", "UZ"] },
    ]);
  });

  it("lets the chair remove a bracket or choose an alternative", () => {
    const text = "Support [Alt 1: dry ports] [Alt 2: logistics] [now].";
    const holds = {
      brackets: [{ text: "now", states: ["IN"] }],
      alternatives: [
        { label: "Alt 1", states: ["KZ"] },
        { label: "Alt 2", states: ["IN"] },
      ],
    };
    let state = stateOf(paragraph(text, holds));
    const p = paragraphAt(state, at(text, "logistics"))!;
    state = state.apply(chooseAlternative(state, p, spanIndexAt(p, at(text, "logistics")))!);
    expect(state.doc.firstChild!.textContent).toBe("Support logistics [now].");
    expect(parseHolds(state.doc.firstChild!.attrs.holds)).toMatchObject({ alternatives: [], brackets: holds.brackets });
    const after = state.doc.firstChild!.textContent;
    const q = paragraphAt(state, at(after, "now"))!;
    state = state.apply(removeBracket(state, q, spanIndexAt(q, at(after, "now")))!);
    expect(state.doc.firstChild!.textContent).toBe("Support logistics now.");
    expect(state.doc.firstChild!.attrs.holds).toBeNull();
  });

  it("records a deletion proposal on the paragraph", () => {
    let state = stateOf(paragraph("Request a report."));
    state = state.apply(setDeletion(state, paragraphAt(state, 2)!, "RU", "delete"));
    expect(parseHolds(state.doc.firstChild!.attrs.holds).deletion).toEqual({ proposedBy: ["RU"], retainedBy: [] });
  });
});

const select = (state: EditorState, from: number, to = from) =>
  state.apply(state.tr.setSelection(TextSelection.create(state.doc, from, to)));
const KZ = { chair: false, state: "KZ" };

describe("bracketing words already in a bracket", () => {
  it("does not nest the delegation's own bracket in itself, and says why", () => {
    const text = "Adopt an [open-ended] approach";
    const state = select(
      stateOf(paragraph(text, { brackets: [{ text: "open-ended", states: ["KZ"] }] })),
      at(text, "open"),
      at(text, "open") + "open-ended".length,
    );
    expect(bracketSelection(state, ["KZ"], KZ)).toBeNull();
    expect(bracketSelectionRefusal(state, ["KZ"], KZ)).toMatch(/already in a bracket KZ holds/);
  });

  it("keeps the outer bracket's holders when the chair nests a bracket for another state", () => {
    const text = "Adopt an [open-ended approach]";
    let state = select(
      stateOf(paragraph(text, { brackets: [{ text: "open-ended approach", states: ["KZ"] }] })),
      at(text, "approach"),
      at(text, "approach") + "approach".length,
    );
    state = state.apply(bracketSelection(state, ["TR"])!);
    expect(state.doc.firstChild!.textContent).toBe("Adopt an [open-ended [approach]]");
    expect(parseHolds(state.doc.firstChild!.attrs.holds).brackets).toEqual([
      { text: "open-ended [approach]", states: ["KZ"] },
      { text: "approach", states: ["TR"] },
    ]);
  });
});

describe("proposeAlternative", () => {
  it("turns selected words into Alt 1 and the proposal into Alt 2, held by the proposer", () => {
    const text = "Decide to combat terrorism;";
    let state = select(stateOf(paragraph(text)), at(text, "combat"), at(text, "combat") + 6);
    const result = proposeAlternative(state, KZ, "counter", ["KZ"]);
    if ("refused" in result) throw new Error(result.refused);
    // One insertion per transaction: the words between are never retyped.
    expect(result.steps).toHaveLength(2);
    for (const step of result.steps) state = state.apply(step(state));
    expect(state.doc.firstChild!.textContent).toBe("Decide to [Alt 1: combat] [Alt 2: counter] terrorism;");
    expect(parseHolds(state.doc.firstChild!.attrs.holds).alternatives).toEqual([{ label: "Alt 2", states: ["KZ"] }]);
  });

  it("inserts before a bracket so that no diff can read it as typed inside the bracket", () => {
    const text = "A [held] B";
    const edits = [
      { from: 2, to: 2, insert: "[Alt 1: " },
      { from: 8, to: 8, insert: "] [Alt 2: x]" },
    ];
    expect(dispatchOrder(text, edits).map((edit) => [edit.from, edit.insert])).toEqual([
      [8, "] [Alt 2: x]"],
      [2, "Alt 1: "],
      [2, "["],
    ]);
  });

  it("says why not inside another state's bracket", () => {
    const text = "Decide to [combat terrorism];";
    const state = select(
      stateOf(paragraph(text, { brackets: [{ text: "combat terrorism", states: ["TR"] }] })),
      at(text, "combat"),
      at(text, "combat") + 6,
    );
    expect(proposeAlternative(state, KZ, "counter", ["KZ"])).toEqual({
      refused: expect.stringContaining("held by TR"),
    });
  });
});

describe("stacked alternatives", () => {
  const breaks = (text: string) =>
    bracketDecorations(stateOf(paragraph(text)).doc)
      .find()
      .filter((d) => (d as unknown as { spec: { key?: string } }).spec.key?.startsWith("alt-break"))
      .map((d) => d.from);

  it("draws a line break before each alternative of a group, and after it when words follow", () => {
    const text = "Decide to [Alt 1: combat] [Alt 2: counter], by all means";
    expect(breaks(text)).toEqual([at(text, "[Alt 1"), at(text, "[Alt 2"), at(text, "by all")]);
    const atEnd = "[Alt 1: ports] [Alt 2: hubs];";
    expect(breaks(atEnd)).toEqual([at(atEnd, "[Alt 2")]);
    expect(breaks("A lone [Alt 2: hubs] stays in the line")).toEqual([]);
  });
});

describe("choosing an alternative that holds another state's bracket", () => {
  it("leaves the bracket inside the chosen words, still held, and drops the holds of the rest", () => {
    const text = "Noting [Alt 1: [turbulence]] [Alt 2: [crises] now],";
    const holds = {
      brackets: [
        { text: "turbulence", states: ["KZ"] },
        { text: "crises", states: ["CN"] },
      ],
      alternatives: [{ label: "Alt 2", states: ["RU"] }],
    };
    let state = stateOf(paragraph(text, holds));
    const p = paragraphAt(state, at(text, "[Alt 1"))!;
    state = state.apply(chooseAlternative(state, p, spanIndexAt(p, at(text, "[Alt 1") + 1))!);
    expect(state.doc.firstChild!.textContent).toBe("Noting [turbulence],");
    expect(parseHolds(state.doc.firstChild!.attrs.holds)).toMatchObject({
      brackets: [{ text: "turbulence", states: ["KZ"] }],
      alternatives: [],
    });
  });
});
