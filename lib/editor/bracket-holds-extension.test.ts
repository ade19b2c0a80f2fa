import { Node } from "@tiptap/pm/model";
import { EditorState, TextSelection } from "@tiptap/pm/state";
import { describe, expect, it } from "vitest";
import { parseHolds, serializeHolds } from "../negotiation/holds";
import {
  bracketDecorations,
  bracketSelection,
  chooseAlternative,
  deletionLabel,
  paragraphAt,
  removeBracket,
  setDeletion,
  setHold,
  spanIndexAt,
} from "./bracket-holds-extension";
import { draftSchema } from "./extensions";

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
