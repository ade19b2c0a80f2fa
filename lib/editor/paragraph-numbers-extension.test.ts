import { Node } from "@tiptap/pm/model";
import { describe, expect, it } from "vitest";
import { draftSchema } from "./extensions";
import { paragraphNumberDecorations } from "./paragraph-numbers-extension";

const paragraph = (kind: string, text: string) => ({
  type: "paragraph",
  attrs: { kind },
  content: [{ type: "text", text }],
});

function numbersOf(content: object[]): string[] {
  const doc = Node.fromJSON(draftSchema(), { type: "doc", content });
  return paragraphNumberDecorations(doc)
    .find()
    .map(
      (decoration) => (decoration as unknown as { type: { attrs: Record<string, string> } }).type.attrs["data-number"]!,
    );
}

describe("paragraphNumberDecorations", () => {
  it("numbers paragraphs by kind, skipping headings and untyped paragraphs", () => {
    expect(
      numbersOf([
        paragraph("preambular", "Recognizing,"),
        { type: "heading", attrs: { level: 3 }, content: [{ type: "text", text: "I. Objective" }] },
        paragraph("operative", "Decide;"),
        { type: "paragraph", content: [{ type: "text", text: "a note" }] },
        paragraph("operative", "Request."),
      ]),
    ).toEqual(["PP1", "OP1", "OP2"]);
  });

  it("renumbers when a paragraph is inserted before others", () => {
    expect(
      numbersOf([
        paragraph("preambular", "Guided by,"),
        paragraph("preambular", "Recognizing,"),
        paragraph("operative", "Decide."),
      ]),
    ).toEqual(["PP1", "PP2", "OP1"]);
  });
});
