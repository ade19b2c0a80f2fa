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
