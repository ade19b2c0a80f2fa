import { Node, Slice } from "@tiptap/pm/model";
import { describe, expect, it } from "vitest";
import { draftSchema } from "./extensions";
import { paragraphsNeedingIds, stripParagraphIds } from "./paragraph-ids-extension";

const schema = draftSchema();
const paragraph = (pid: string | null, text: string, status = "open") => ({
  type: "paragraph",
  attrs: { pid, kind: "operative", status },
  content: [{ type: "text", text }],
});

describe("paragraphsNeedingIds", () => {
  it("finds paragraphs without an id and later copies, inside lists too, but never a locked one", () => {
    const doc = Node.fromJSON(schema, {
      type: "doc",
      content: [
        paragraph("pone00000000", "One;"),
        paragraph(null, "New;"),
        paragraph("pone00000000", "Copy of one;"),
        {
          type: "orderedList",
          content: [{ type: "listItem", content: [paragraph(null, "(a) new sub-paragraph;")] }],
        },
        paragraph("ptwo00000000", "Agreed, unnamed elsewhere;", "agreed"),
      ],
    });
    const found = paragraphsNeedingIds(doc).map((pos) => doc.nodeAt(pos)!.textContent);
    expect(found).toEqual(["New;", "Copy of one;", "(a) new sub-paragraph;"]);
  });

  it("lets a locked paragraph keep its id when an open copy of it comes first", () => {
    const doc = Node.fromJSON(schema, {
      type: "doc",
      content: [paragraph("pagreed00000", "Pasted copy;"), paragraph("pagreed00000", "Agreed;", "agreed")],
    });
    expect(paragraphsNeedingIds(doc).map((pos) => doc.nodeAt(pos)!.textContent)).toEqual(["Pasted copy;"]);
  });
});

describe("stripParagraphIds", () => {
  it("pastes copies as new paragraphs: no ids, same text and attributes", () => {
    const doc = Node.fromJSON(schema, {
      type: "doc",
      content: [
        paragraph("pone00000000", "One;"),
        { type: "orderedList", content: [{ type: "listItem", content: [paragraph("psub00000000", "(a) sub;")] }] },
      ],
    });
    const pasted = stripParagraphIds(new Slice(doc.content, 0, 0));
    const ids: unknown[] = [];
    pasted.content.descendants((node) => {
      if (node.type.name === "paragraph") ids.push(node.attrs.pid);
    });
    expect(ids).toEqual([null, null]);
    expect(pasted.content.child(0).attrs.kind).toBe("operative");
    expect(pasted.content.textBetween(0, pasted.content.size, "|")).toBe("One;|(a) sub;");
  });
});
