import { Node } from "@tiptap/pm/model";
import { EditorState } from "@tiptap/pm/state";
import { describe, expect, it } from "vitest";
import { draftSchema } from "./extensions";
import { breaksLocks, lockedMessage, lockReason, STATUS_MESSAGE } from "./locked-paragraphs";

const schema = draftSchema();
const doc = Node.fromJSON(schema, {
  type: "doc",
  content: [
    {
      type: "paragraph",
      attrs: { kind: "preambular", status: "open" },
      content: [{ type: "text", text: "Open text," }],
    },
    {
      type: "paragraph",
      attrs: { kind: "operative", status: "agreed" },
      content: [{ type: "text", text: "Agreed text;" }],
    },
    {
      type: "paragraph",
      attrs: { kind: "operative", status: "open" },
      content: [{ type: "text", text: "More open." }],
    },
  ],
});
const state = EditorState.create({ schema, doc });
const positions: number[] = [];
doc.forEach((_node, offset) => positions.push(offset));
const [openAt, agreedAt, lastAt] = positions as [number, number, number];

describe("breaksLocks", () => {
  it("allows typing and deleting in open paragraphs", () => {
    expect(breaksLocks(doc, state.tr.insertText("x", openAt + 2))).toBe(false);
    expect(breaksLocks(doc, state.tr.delete(lastAt + 1, lastAt + 4))).toBe(false);
  });

  it("blocks typing and deleting in an agreed paragraph", () => {
    expect(breaksLocks(doc, state.tr.insertText("x", agreedAt + 3))).toBe(true);
    expect(breaksLocks(doc, state.tr.delete(agreedAt + 1, agreedAt + 4))).toBe(true);
  });

  it("blocks deleting an agreed paragraph along with its neighbours", () => {
    expect(breaksLocks(doc, state.tr.delete(openAt + 3, lastAt + 3))).toBe(true);
  });

  it("blocks any status change by someone who may not set it", () => {
    expect(breaksLocks(doc, state.tr.setNodeMarkup(openAt, undefined, { kind: "preambular", status: "agreed" }))).toBe(
      true,
    );
  });

  it("allows a new paragraph between others", () => {
    const paragraph = schema.nodes.paragraph!.create({ kind: "operative", status: "open" }, schema.text("New."));
    expect(breaksLocks(doc, state.tr.insert(lastAt, paragraph))).toBe(false);
  });
});

describe("lockReason: what the person is told", () => {
  it("names the status of the paragraph that stopped the keystroke, and the chair", () => {
    expect(lockReason(doc, state.tr.insertText("x", agreedAt + 3))).toBe(
      "This paragraph is agreed: only the chair can change it.",
    );
    expect(lockedMessage("agreed_ad_ref")).toBe("This paragraph is agreed ad ref: only the chair can change it.");
  });

  it("says a status is the chair's, and nothing when the change may be made", () => {
    expect(lockReason(doc, state.tr.setNodeMarkup(openAt, undefined, { kind: "preambular", status: "agreed" }))).toBe(
      STATUS_MESSAGE,
    );
    expect(lockReason(doc, state.tr.insertText("x", openAt + 2))).toBeNull();
  });
});
