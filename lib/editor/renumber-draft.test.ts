import { prosemirrorJSONToYXmlFragment } from "@tiptap/y-tiptap";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { readNumberingBase, writeNumberingBase } from "../collab/numbering-base";
import { DRAFT_FIELD, draftSchema } from "./extensions";
import { renumberDraft } from "./renumber-draft";

const paragraph = (pid: string, kind: string, text: string) => ({
  type: "paragraph",
  attrs: { pid, kind },
  content: [{ type: "text", text }],
});

function draft(content: object[]) {
  const doc = new Y.Doc();
  prosemirrorJSONToYXmlFragment(draftSchema(), { type: "doc", content }, doc.getXmlFragment(DRAFT_FIELD));
  return doc;
}

describe("renumberDraft", () => {
  it("numbers bis paragraphs afresh, drops deleted ones from the base, and returns the table with them", () => {
    const doc = draft([
      paragraph("op1", "operative", "Decide;"),
      paragraph("new", "operative", "Inserted;"),
      paragraph("op3", "operative", "Remain seized."),
    ]);
    writeNumberingBase(doc, {
      op1: { kind: "operative", n: 1 },
      op2: { kind: "operative", n: 2 },
      op3: { kind: "operative", n: 3 },
    });
    const updates: Uint8Array[] = [];
    doc.on("update", (update: Uint8Array) => updates.push(update));

    const { table } = renumberDraft(doc);
    expect(table).toEqual([
      { id: "op1", old: "OP1", new: "OP1" },
      { id: "new", old: "OP1 bis", new: "OP2" },
      // Deleted from the live text (the editor showed "OP2 [deleted]"): the table still says so.
      { id: "op2", old: "OP2", new: null },
      { id: "op3", old: "OP3", new: "OP3" },
    ]);
    expect(readNumberingBase(doc)).toEqual({
      op1: { kind: "operative", n: 1, suffix: 0 },
      new: { kind: "operative", n: 2, suffix: 0 },
      op3: { kind: "operative", n: 3, suffix: 0 },
    });
    expect(updates).toHaveLength(1); // one transaction
  });
});
