import { Node } from "@tiptap/pm/model";
import { describe, expect, it } from "vitest";
import { draftSchema } from "./extensions";
import { preambleOpeningDecorations } from "./preamble-opening-extension";

const paragraph = (kind: string | null, content: object[]) => ({ type: "paragraph", attrs: { kind }, content });
const text = (words: string, marks?: object[]) => ({ type: "text", text: words, ...(marks ? { marks } : {}) });

function italic(content: object[]): string[] {
  const doc = Node.fromJSON(draftSchema(), { type: "doc", content });
  return preambleOpeningDecorations(doc)
    .find()
    .map((decoration) => doc.textBetween(decoration.from, decoration.to));
}

describe("preambleOpeningDecorations", () => {
  it("sets the opening of preambular paragraphs in italics, and nothing of operative ones", () => {
    expect(
      italic([
        paragraph("preambular", [text("Recalling also that")]),
        // No kind: continues the series before it.
        paragraph(null, [text("Noting with concern the threat")]),
        { type: "heading", attrs: { level: 3 }, content: [text("Recalling the past")] },
        paragraph("operative", [text("Decides to establish")]),
        paragraph(null, [text("Requesting nothing")]),
        {
          type: "orderedList",
          content: [{ type: "listItem", content: [paragraph(null, [text("Recalling in a list")])] }],
        },
      ]),
    ).toEqual(["Recalling also", "Noting with concern"]);
  });

  it("reads across marks and stops at a bracket", () => {
    expect(
      italic([
        paragraph("preambular", [text("Deeply "), text("concerned", [{ type: "bold" }]), text(" by")]),
        paragraph("preambular", [text("[Strongly condemning][Condemning] terrorism")]),
        paragraph("preambular", []),
      ]),
    ).toEqual(["Deeply concerned", "Strongly condemning"]);
  });
});
