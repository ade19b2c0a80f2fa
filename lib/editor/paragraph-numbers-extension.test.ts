import { Node } from "@tiptap/pm/model";
import type { Decoration } from "@tiptap/pm/view";
import { describe, expect, it } from "vitest";
import type { NumberingBase } from "../negotiation";
import { draftSchema } from "./extensions";
import { paragraphNumberDecorations } from "./paragraph-numbers-extension";

const paragraph = (pid: string, kind: string | null, text: string) => ({
  type: "paragraph",
  attrs: { pid, kind },
  content: [{ type: "text", text }],
});
const heading = (pid: string, text: string) => ({
  type: "heading",
  attrs: { level: 3, pid },
  content: [{ type: "text", text }],
});
const list = (...items: { pid: string; text: string }[]) => ({
  type: "orderedList",
  content: items.map((item) => ({ type: "listItem", content: [paragraph(item.pid, null, item.text)] })),
});

function decorate(content: object[], base: NumberingBase = {}) {
  const doc = Node.fromJSON(draftSchema(), { type: "doc", content });
  const found = paragraphNumberDecorations(doc, base)
    .find()
    .sort((a, b) => a.from - b.from);
  const attrs = (decoration: Decoration) =>
    (decoration as unknown as { type: { attrs?: Record<string, string> } }).type.attrs ?? {};
  const numbers = found.filter((decoration) => attrs(decoration)["data-number"]);
  return {
    /** "text → number" for every numbered paragraph, in document order. */
    numbers: numbers.map(
      (decoration) => `${doc.nodeAt(decoration.from)!.textContent} → ${attrs(decoration)["data-number"]}`,
    ),
    /** The deleted markers, each with the text of the node it stands before (or "end"). */
    deleted: found
      .filter((decoration) => decoration.spec.deleted)
      .map((decoration) => ({
        labels: decoration.spec.deleted as string[],
        before: doc.nodeAt(decoration.from)?.textContent ?? "end",
      })),
  };
}

/** The base of the text below as it was issued: PP1, PP2, OP1–OP3, OP2 with (a), (b). */
const base: NumberingBase = {
  pp1: { kind: "preambular", n: 1 },
  pp2: { kind: "preambular", n: 2 },
  op1: { kind: "operative", n: 1 },
  op2: { kind: "operative", n: 2 },
  op2a: { parent: "op2", n: 1 },
  op2b: { parent: "op2", n: 2 },
  op3: { kind: "operative", n: 3 },
};

describe("paragraphNumberDecorations", () => {
  it("numbers sequentially by kind without a base, headings and sub-paragraphs included", () => {
    expect(
      decorate([
        paragraph("pp1", "preambular", "Recognizing,"),
        heading("h1", "I. Objective"),
        paragraph("op1", "operative", "Decide;"),
        list({ pid: "op1a", text: "first" }, { pid: "op1b", text: "second" }),
        paragraph("op2", "operative", "Request."),
      ]).numbers,
    ).toEqual(["Recognizing, → PP1", "Decide; → OP1", "first → (a)", "second → (b)", "Request. → OP2"]);
  });

  it("gives a paragraph inserted after OP1 the number OP1 bis, and keeps OP2 and OP3", () => {
    expect(
      decorate(
        [
          paragraph("pp1", "preambular", "Recognizing,"),
          paragraph("pp2", "preambular", "Reaffirming,"),
          paragraph("op1", "operative", "Decide;"),
          paragraph("new", "operative", "Inserted;"),
          paragraph("op2", "operative", "Request;"),
          list({ pid: "op2a", text: "first" }, { pid: "op2b", text: "second" }),
          paragraph("op3", "operative", "Remain seized."),
        ],
        base,
      ).numbers,
    ).toEqual([
      "Recognizing, → PP1",
      "Reaffirming, → PP2",
      "Decide; → OP1",
      "Inserted; → OP1 bis",
      "Request; → OP2",
      "first → (a)",
      "second → (b)",
      "Remain seized. → OP3",
    ]);
  });

  it("labels an inserted sub-paragraph (a bis)", () => {
    expect(
      decorate(
        [
          paragraph("op2", "operative", "Request;"),
          list({ pid: "op2a", text: "first" }, { pid: "added", text: "added" }, { pid: "op2b", text: "second" }),
        ],
        base,
      ).numbers,
    ).toEqual(["Request; → OP2", "first → (a)", "added → (a bis)", "second → (b)"]);
  });

  it("shows a base paragraph that is no longer in the text as [deleted] where it stood", () => {
    const { numbers, deleted } = decorate(
      [
        paragraph("pp1", "preambular", "Recognizing,"),
        paragraph("pp2", "preambular", "Reaffirming,"),
        paragraph("op1", "operative", "Decide;"),
        paragraph("op3", "operative", "Remain seized."),
      ],
      base,
    );
    expect(numbers).toEqual(["Recognizing, → PP1", "Reaffirming, → PP2", "Decide; → OP1", "Remain seized. → OP3"]);
    // OP2 went with its sub-paragraphs: one marker, between OP1 and OP3.
    expect(deleted).toEqual([{ labels: ["OP2"], before: "Remain seized." }]);
  });

  it("puts a deleted last paragraph after its predecessor's sub-paragraphs, and groups neighbours", () => {
    const { deleted } = decorate(
      [
        paragraph("pp1", "preambular", "Recognizing,"),
        paragraph("op1", "operative", "Decide;"),
        list({ pid: "x", text: "sub" }),
      ],
      base,
    );
    expect(deleted).toEqual([
      { labels: ["PP2"], before: "Decide;" },
      { labels: ["OP2", "OP3"], before: "end" },
    ]);
  });

  it("puts a deleted paragraph after the paragraphs inserted before it", () => {
    const { numbers, deleted } = decorate(
      [
        paragraph("op1", "operative", "Decide;"),
        paragraph("new", "operative", "Inserted;"),
        paragraph("op3", "operative", "Remain seized."),
      ],
      base,
    );
    expect(numbers.slice(0, 2)).toEqual(["Decide; → OP1", "Inserted; → OP1 bis"]);
    expect(deleted.find((marker) => marker.labels.includes("OP2"))).toEqual({
      labels: ["OP2"],
      before: "Remain seized.",
    });
  });

  it("shows nothing deleted once the base matches the text", () => {
    expect(decorate([paragraph("op1", "operative", "Decide;")], { op1: { kind: "operative", n: 1 } }).deleted).toEqual(
      [],
    );
  });
});
