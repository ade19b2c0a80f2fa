import { Node } from "@tiptap/pm/model";
import { describe, expect, it } from "vitest";
import { draftContentSchema } from "../draft/content";
import { draftToProseMirror } from "./draft-to-prosemirror";
import { draftSchema } from "./extensions";

const draft = draftContentSchema.parse({
  title: "Test",
  symbol: "CICA/SWG/2022/9",
  kind: "STATEMENT",
  stage: "SWG",
  paragraphs: [
    { kind: "heading", text: "Chapter I" },
    { kind: "preambular", text: "Recognizing [the role],", brackets: [{ text: "the role", states: ["RU"] }] },
    { kind: "operative", text: "Decide:", status: "agreed", items: [{ text: "to meet;" }, { text: "to report." }] },
  ],
});

describe("draftToProseMirror", () => {
  it("builds a document that the editor schema accepts, with kinds and sub-paragraphs", () => {
    const node = Node.fromJSON(draftSchema(), draftToProseMirror(draft));
    node.check(); // throws when the content does not fit the schema
    expect(node.childCount).toBe(4);
    expect(node.child(0).type.name).toBe("heading");
    expect(node.child(1).attrs).toMatchObject({ kind: "preambular", status: "open" });
    expect(node.child(2).attrs).toMatchObject({ kind: "operative", status: "agreed" });
    expect(node.child(1).textContent).toBe("Recognizing [the role],");
    expect(node.child(3).type.name).toBe("orderedList");
    expect(node.child(3).childCount).toBe(2);
  });

  it("gives every paragraph, heading and sub-paragraph its own id", () => {
    const ids: unknown[] = [];
    Node.fromJSON(draftSchema(), draftToProseMirror(draft)).descendants((node) => {
      if (node.type.name === "paragraph" || node.type.name === "heading") ids.push(node.attrs.pid);
    });
    expect(ids).toHaveLength(5);
    expect(new Set(ids).size).toBe(5);
    for (const id of ids) expect(id).toMatch(/^p[a-z2-9]{11}$/);
  });
});

describe("draftToProseMirror, for imported drafts", () => {
  const imported = draftContentSchema.parse({
    title: "Imported",
    symbol: "A/RES/78/1",
    kind: "STATEMENT",
    stage: "DRAFTING",
    paragraphs: [
      { kind: "operative", text: "Call upon States to refrain:", marks: [{ type: "bold", from: 17, to: 27 }] },
      {
        kind: "operative",
        text: "Decide:",
        items: [
          { text: "to meet, including:", items: [{ text: "online;", marks: [{ type: "underline", from: 0, to: 6 }] }] },
        ],
      },
    ],
  });

  it("keeps bold, italic and underline as the editor's marks", () => {
    const node = Node.fromJSON(draftSchema(), draftToProseMirror(imported));
    node.check();
    const first = node.child(0);
    expect(first.textContent).toBe("Call upon States to refrain:");
    expect(first.childCount).toBe(3);
    expect(first.child(1).text).toBe("to refrain");
    expect(first.child(1).marks.map((mark) => mark.type.name)).toEqual(["bold"]);
    expect(first.child(2).marks).toEqual([]);
  });

  it("nests (i) under (a), and starts an empty draft with one empty paragraph", () => {
    const node = Node.fromJSON(draftSchema(), draftToProseMirror(imported));
    const list = node.child(2);
    expect(list.type.name).toBe("orderedList");
    const nested = list.child(0).child(1);
    expect(nested.type.name).toBe("orderedList");
    expect(nested.attrs.type).toBe("i");
    expect(nested.child(0).textContent).toBe("online;");

    const empty = Node.fromJSON(draftSchema(), draftToProseMirror({ ...imported, paragraphs: [] }));
    empty.check();
    expect(empty.childCount).toBe(1);
    expect(empty.child(0).attrs.pid).toMatch(/^p[a-z2-9]{11}$/);
  });

  it("takes symbols of any forum, and refuses ones that are not printable", () => {
    expect(draftContentSchema.safeParse({ ...imported, symbol: "CICA/SWG/2026/1" }).success).toBe(true);
    expect(draftContentSchema.safeParse({ ...imported, symbol: "x".repeat(61) }).success).toBe(false);
    expect(draftContentSchema.safeParse({ ...imported, symbol: "A/\u0007B" }).success).toBe(false);
    expect(draftContentSchema.safeParse({ ...imported, symbol: " A/B" }).success).toBe(false);
  });
});
