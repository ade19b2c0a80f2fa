import { Node } from "@tiptap/pm/model";
import type { Node as ProseMirrorNode } from "@tiptap/pm/model";
import { liftListItem } from "@tiptap/pm/schema-list";
import { EditorState, TextSelection } from "@tiptap/pm/state";
import { describe, expect, it } from "vitest";
import { draftSchema } from "./extensions";
import { heldWordsReason, OWN_HOLDS_MESSAGE } from "./held-words";

const schema = draftSchema();
const HELD = "and the international standards";
const holds = JSON.stringify({ brackets: [{ text: HELD, states: ["IN", "AE"] }] });
const doc = Node.fromJSON(schema, {
  type: "doc",
  content: [
    { type: "heading", attrs: { level: 2, pid: "h1" }, content: [{ type: "text", text: "Chapter II" }] },
    {
      type: "paragraph",
      attrs: { pid: "p1", kind: "operative", holds },
      content: [{ type: "text", text: `Implement the resolutions [${HELD}] in full;` }],
    },
    { type: "paragraph", attrs: { pid: "p2", kind: "operative" }, content: [{ type: "text", text: "Take measures;" }] },
  ],
});
const state = EditorState.create({ schema, doc });
const starts: number[] = [];
doc.forEach((_node, offset) => starts.push(offset));
const [, heldAt, nextAt] = starts as [number, number, number];
const text = doc.child(1).textContent;
/** The position of the character at `offset` of the held paragraph's text. */
const at = (offset: number) => heldAt + 1 + offset;
const open = text.indexOf("[");
const close = text.indexOf("]");

const reasonFor = (tr: ReturnType<typeof state.tr.insertText>, memberState = "KZ") =>
  heldWordsReason(doc, tr.doc, memberState);

describe("the words of a bracket other states hold, in the editor", () => {
  it("may not be typed in, deleted, split or moved by a delegate of another state", () => {
    const told = /^These words are held by India and the United Arab Emirates: only they can change or move them\./;
    expect(reasonFor(state.tr.insertText("x", at(open + 3)))).toMatch(told);
    expect(reasonFor(state.tr.delete(at(open + 1), at(open + 4)))).toMatch(told);
    expect(reasonFor(state.tr.split(at(open + 5)))).toMatch(told); // Enter inside
    expect(reasonFor(state.tr.split(at(open - 3)))).toMatch(told); // Enter before: the words move on
    expect(reasonFor(state.tr.join(heldAt))).toMatch(told); // Backspace at its start: into the heading
    // A selection from the heading's end into the bracket, deleted.
    expect(reasonFor(state.tr.delete(heldAt - 1, at(open + 3)))).toMatch(told);
  });

  it("are judged as the shared document receives a change: one replacement from the first difference to the last", () => {
    const told = /^These words are held by India/;
    // Brackets typed around them in one go rewrite them there: "[" before, "]" after.
    const around = state.tr.insertText("]", at(close + 1)).insertText("[", at(open));
    expect(reasonFor(around)).toMatch(told);
    // "[" typed right before their "[" is read as typed inside (the common beginning takes it).
    expect(reasonFor(state.tr.insertText("[Alt 1: ", at(open)))).toMatch(told);
    expect(reasonFor(state.tr.insertText("Alt 1: ", at(open)))).toBeNull();
  });

  it("leave the rest of the paragraph to everyone, and the paragraph may be deleted whole", () => {
    expect(reasonFor(state.tr.insertText("x", at(open)))).toBeNull(); // right before "["
    expect(reasonFor(state.tr.insertText(" fully", at(close + 1)))).toBeNull();
    expect(reasonFor(state.tr.split(at(close + 1)))).toBeNull(); // Enter after the bracket
    expect(reasonFor(state.tr.join(nextAt))).toBeNull(); // the next paragraph joined to it
    expect(reasonFor(state.tr.delete(heldAt, nextAt))).toBeNull(); // "OP7 [deleted]"
  });

  it("are the holders' own", () => {
    expect(reasonFor(state.tr.insertText("x", at(open + 3)), "IN")).toMatch(/held by the United Arab Emirates:/);
    const onlyIndia = JSON.stringify({ brackets: [{ text: HELD, states: ["IN"] }] });
    const own = EditorState.create({
      schema,
      doc: doc.copy(
        doc.content.replaceChild(
          1,
          doc.child(1).type.create({ ...doc.child(1).attrs, holds: onlyIndia }, doc.child(1).content),
        ),
      ),
    });
    expect(heldWordsReason(own.doc, own.tr.insertText("x", at(open + 3)).doc, "IN")).toBeNull();
  });

  it("keep their holders: a delegation changes only its own holds", () => {
    const dropped = state.tr.setNodeAttribute(heldAt, "holds", null);
    expect(reasonFor(dropped)).toBe(OWN_HOLDS_MESSAGE);
    const joined = JSON.stringify({ brackets: [{ text: HELD, states: ["IN", "AE", "KZ"] }] });
    expect(reasonFor(state.tr.setNodeAttribute(heldAt, "holds", joined))).toBeNull();
  });
});

describe("a sub-paragraph holding another state's bracket", () => {
  const list = Node.fromJSON(schema, {
    type: "doc",
    content: [
      {
        type: "paragraph",
        attrs: { pid: "p0", kind: "operative" },
        content: [{ type: "text", text: "Cooperate in:" }],
      },
      {
        type: "orderedList",
        content: [
          {
            type: "listItem",
            content: [
              {
                type: "paragraph",
                attrs: { pid: "s1", holds },
                content: [{ type: "text", text: `the training [${HELD}];` }],
              },
            ],
          },
        ],
      },
    ],
  });
  const listState = EditorState.create({ schema, doc: list });

  it("is not lifted out of its list: the shared text would hold it as a new paragraph, its words typed anew", () => {
    let inner = 0;
    list.descendants((node, pos) => {
      if (node.attrs.pid === "s1") inner = pos + 1;
      return true;
    });
    // Shift+Tab in the list item, as the editor does it.
    const atItem = listState.apply(listState.tr.setSelection(TextSelection.create(list, inner + 3)));
    let lifted: ProseMirrorNode | null = null;
    liftListItem(schema.nodes.listItem!)(atItem, (tr) => (lifted = tr.doc));
    expect(lifted).not.toBeNull();
    expect(containerOf(lifted!, "s1")).toBe("doc");
    expect(heldWordsReason(list, lifted!, "KZ")).toMatch(/^These words are held by India/);
    // Typing in it where it stands is another matter.
    expect(heldWordsReason(list, listState.tr.insertText("x", inner).doc, "KZ")).toBeNull();
  });
});

/** The type of the node holding the paragraph `pid`. */
function containerOf(doc: ProseMirrorNode, pid: string): string | null {
  let found: string | null = null;
  doc.descendants((node, pos) => {
    if (node.attrs.pid === pid) found = doc.resolve(pos).parent.type.name;
    return true;
  });
  return found;
}
