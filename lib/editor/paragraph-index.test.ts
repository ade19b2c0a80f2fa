import { Editor } from "@tiptap/core";
import { describe, expect, it } from "vitest";
import { walks } from "../draft/read-paragraphs";
import { serializeHolds } from "../negotiation/holds";
import { BracketHolds } from "./bracket-holds-extension";
import { draftExtensions } from "./extensions";
import { KnownRules } from "./known-rules-extension";
import { ParagraphNumbers } from "./paragraph-numbers-extension";
import { paragraphIndex } from "./paragraph-index";
import { PreambleOpening } from "./preamble-opening-extension";
import { StatusMarks } from "./status-marks-extension";

/** A long draft: 300 paragraphs, some agreed, some bracketed and held, some with sub-paragraphs. */
function longDraft() {
  const content: object[] = [];
  for (let i = 0; i < 300; i += 1) {
    const text = i % 7 === 0 ? `Recalling [its resolution] ${i}` : `Decides to act on item ${i}`;
    const holds = i % 7 === 0 ? serializeHolds({ brackets: [{ text: "its resolution", states: ["RU"] }] }) : null;
    const status = i % 5 === 0 ? "agreed" : "open";
    const paragraph = {
      type: "paragraph",
      attrs: { pid: `p${i}`, kind: i < 100 ? "preambular" : "operative", status, holds },
      content: [{ type: "text", text }],
    };
    content.push(
      i % 10 === 9
        ? {
            type: "orderedList",
            content: [{ type: "listItem", content: [{ ...paragraph, attrs: { ...paragraph.attrs, kind: null } }] }],
          }
        : paragraph,
    );
  }
  return { type: "doc", content };
}

describe("the editor's paragraph index", () => {
  it("walks a 300-paragraph draft once per keystroke, for the gutter, the marks, the decorations and the rules", () => {
    const editor = new Editor({
      element: null,
      content: longDraft(),
      extensions: [
        ...draftExtensions(),
        KnownRules.configure({ role: "DELEGATE", memberState: "KZ", onRefused: null }),
        ParagraphNumbers.configure({ source: null, menu: false }),
        BracketHolds,
        StatusMarks,
        PreambleOpening,
      ],
    });
    try {
      const state = editor.state;
      expect(paragraphIndex(state.doc).paragraphs).toHaveLength(300);
      // A keystroke in an open paragraph of the middle of the text.
      const target = paragraphIndex(state.doc).paragraphs.find((paragraph) => paragraph.id === "p151")!;
      const before = walks.count;
      const { state: next } = state.applyTransaction(state.tr.insertText("x", target.pos + 3));
      expect(next.doc).not.toBe(state.doc);
      expect(paragraphIndex(next.doc).byId("p151")?.text).toContain("Dexcides");
      expect(walks.count - before).toBe(1);
    } finally {
      editor.destroy();
    }
  });
});
