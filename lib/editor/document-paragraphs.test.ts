import { describe, expect, it } from "vitest";
import { documentParagraphs } from "./document-paragraphs";

const p = (pid: string | null, kind: string | null, text: string, status?: string) => ({
  type: "paragraph",
  attrs: { pid, kind, status },
  content: text ? [{ type: "text", text }] : [],
});
const list = (...items: object[][]) => ({
  type: "orderedList",
  content: items.map((content) => ({ type: "listItem", content })),
});

describe("documentParagraphs", () => {
  it("reads ids, kinds, levels, statuses and plain text in document order", () => {
    const paragraphs = documentParagraphs({
      type: "doc",
      content: [
        { type: "heading", attrs: { level: 3, pid: "ph" }, content: [{ type: "text", text: "Chapter I" }] },
        p("pp1", "preambular", "Recalling [its resolution],", "open"),
        p("pp2", null, "Noting,", undefined),
        p("op1", "operative", "Decides:", "agreed"),
        list([p("a", null, "to meet;"), list([p("i", null, "in Astana;")])], [p("b", null, "to report.")]),
        p("op2", "operative", "Requests;", "agreed_ad_ref"),
      ],
    });
    expect(paragraphs.map(({ id, kind, level, status, text }) => [id, kind, level, status, text])).toEqual([
      ["ph", "heading", 0, "open", "Chapter I"],
      ["pp1", "preambular", 0, "open", "Recalling [its resolution],"],
      ["pp2", "preambular", 0, "open", "Noting,"],
      ["op1", "operative", 0, "agreed", "Decides:"],
      ["a", "operative", 1, "open", "to meet;"],
      ["i", "operative", 2, "open", "in Astana;"],
      ["b", "operative", 1, "open", "to report."],
      ["op2", "operative", 0, "agreed_ad_ref", "Requests;"],
    ]);
    expect(paragraphs.every((paragraph) => paragraph.deleted === false)).toBe(true);
  });

  it("starts with preambular paragraphs, stands in for a missing id, and reads an empty draft", () => {
    const [first] = documentParagraphs({ type: "doc", content: [p(null, null, "")] });
    expect(first).toMatchObject({ id: "unnamed-0", kind: "preambular", text: "" });
    expect(documentParagraphs({ type: "doc" })).toEqual([]);
  });
});
