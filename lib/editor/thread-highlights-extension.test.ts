import { Node } from "@tiptap/pm/model";
import { StepMap } from "@tiptap/pm/transform";
import type { Decoration } from "@tiptap/pm/view";
import { EditorState } from "@tiptap/pm/state";
import { initProseMirrorDoc, prosemirrorJSONToYDoc, ySyncPlugin, ySyncPluginKey } from "@tiptap/y-tiptap";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { DRAFT_FIELD, draftSchema } from "./extensions";
import {
  highlightRanges,
  setThreadAnchors,
  threadHighlightsKey,
  threadHighlightsPlugin,
  type AnchoredThread,
  threadCountsByBlock,
  threadDecorations,
  threadsAt,
  type ThreadRange,
} from "./thread-highlights-extension";
import { anchorForRange, mapPlacement, placeAnchor, placeResolvedAnchor, type YContext } from "./thread-anchors";

const paragraph = (kind: string, text: string) => ({
  type: "paragraph",
  attrs: { kind },
  content: [{ type: "text", text }],
});

const content = [
  paragraph("preambular", "Recognizing the human dimension,"),
  paragraph("operative", "Decide to cooperate closely;"),
  paragraph("operative", "Request the Secretariat to report."),
];

function pmDoc(blocks: object[] = content): Node {
  return Node.fromJSON(draftSchema(), { type: "doc", content: blocks });
}

/** Start of the text of the nth top-level paragraph. */
function textStart(doc: Node, index: number): number {
  let start = -1;
  doc.forEach((_node, offset, i) => {
    if (i === index) start = offset + 1;
  });
  return start;
}

function attrsOf(decoration: Decoration): Record<string, string> {
  return (decoration as unknown as { type: { attrs: Record<string, string> } }).type.attrs;
}

describe("threadDecorations", () => {
  const doc = pmDoc();
  const op1 = textStart(doc, 1);
  const ranges: ThreadRange[] = [
    { id: "a", from: op1, to: op1 + 6, visibility: "public" },
    { id: "b", from: op1 + 10, to: op1 + 19, visibility: "internal" },
    { id: "c", from: textStart(doc, 2), to: textStart(doc, 2) + 7, visibility: "public" },
  ];

  it("highlights each range, marking visibility and the active thread", () => {
    const inline = threadDecorations(doc, ranges, "b")
      .find()
      .filter((decoration) => decoration.spec.threadId);
    expect(inline.map((d) => [d.spec.threadId, d.from, d.to, attrsOf(d).class])).toEqual([
      ["a", op1, op1 + 6, "thread-anchor thread-anchor--public"],
      ["b", op1 + 10, op1 + 19, "thread-anchor thread-anchor--internal thread-anchor--active"],
      ["c", textStart(doc, 2), textStart(doc, 2) + 7, "thread-anchor thread-anchor--public"],
    ]);
    expect(doc.textBetween(op1, op1 + 6)).toBe("Decide");
  });

  it("counts threads per paragraph in the gutter", () => {
    const counts = threadDecorations(doc, ranges)
      .find()
      .filter((decoration) => !decoration.spec.threadId)
      .map((decoration) => [
        decoration.from,
        attrsOf(decoration)["data-threads"],
        attrsOf(decoration)["data-threads-label"],
      ]);
    expect(counts).toEqual([
      [op1 - 1, "2", "2 threads"],
      [textStart(doc, 2) - 1, "1", "1 thread"],
    ]);
    expect(threadCountsByBlock(doc, ranges)).toEqual(
      new Map([
        [op1 - 1, 2],
        [textStart(doc, 2) - 1, 1],
      ]),
    );
  });

  it("draws no highlight for an empty or inverted range, but still counts it", () => {
    const set = threadDecorations(doc, [{ id: "e", from: op1 + 3, to: op1 + 3, visibility: "public" }]);
    expect(set.find().filter((decoration) => decoration.spec.threadId)).toEqual([]);
    expect(set.find().map((decoration) => attrsOf(decoration)["data-threads"])).toEqual(["1"]);
  });
});

describe("mapPlacement and threadsAt", () => {
  it("follows local edits without widening a thread over words typed at its edges", () => {
    const placed = { kind: "placed", from: 10, to: 20 } as const;
    expect(mapPlacement(placed, new StepMap([10, 0, 3]), "ten chars!")).toEqual({ kind: "placed", from: 13, to: 23 });
    expect(mapPlacement(placed, new StepMap([20, 0, 3]), "ten chars!")).toEqual({ kind: "placed", from: 10, to: 20 });
    expect(mapPlacement(placed, new StepMap([12, 2, 0]), "ten chars!")).toEqual({ kind: "placed", from: 10, to: 18 });
  });

  it("marks a thread whose words a local edit deleted, and keeps it so", () => {
    const deleted = mapPlacement({ kind: "placed", from: 10, to: 20 }, new StepMap([8, 15, 0]), "ten chars!");
    expect(deleted).toEqual({ kind: "deleted", at: 8 });
    expect(mapPlacement(deleted, new StepMap([0, 0, 4]), "ten chars!")).toEqual({ kind: "deleted", at: 12 });
  });

  it("finds the narrowest thread under a click", () => {
    const ranges: ThreadRange[] = [
      { id: "wide", from: 1, to: 30, visibility: "public" },
      { id: "narrow", from: 5, to: 9, visibility: "internal" },
    ];
    expect(threadsAt(ranges, 6)).toEqual(["narrow", "wide"]);
    expect(threadsAt(ranges, 20)).toEqual(["wide"]);
    expect(threadsAt(ranges, 40)).toEqual([]);
  });
});

describe("placeResolvedAnchor", () => {
  it("tells placed text from deleted text", () => {
    expect(placeResolvedAnchor(4, 9, "words")).toEqual({ kind: "placed", from: 4, to: 9 });
    expect(placeResolvedAnchor(4, 4, "words")).toEqual({ kind: "deleted", at: 4 });
    expect(placeResolvedAnchor(null, 9, "words")).toEqual({ kind: "deleted", at: 9 });
    expect(placeResolvedAnchor(4, 4, "")).toEqual({ kind: "placed", from: 4, to: 4 });
  });
});

describe("anchors in the shared text", () => {
  /** A delegation's view of the shared text: the ProseMirror document and y-tiptap's mapping. */
  function view(ydoc: Y.Doc): { doc: Node; context: YContext } {
    const type = ydoc.getXmlFragment(DRAFT_FIELD);
    const { doc, mapping } = initProseMirrorDoc(type, draftSchema());
    return { doc, context: { doc: ydoc, type, mapping } };
  }

  function sharedText(): { mine: Y.Doc; theirs: Y.Doc } {
    const mine = prosemirrorJSONToYDoc(draftSchema(), { type: "doc", content }, DRAFT_FIELD);
    const theirs = new Y.Doc();
    Y.applyUpdate(theirs, Y.encodeStateAsUpdate(mine));
    return { mine, theirs };
  }

  /** Another delegation edits the text of a paragraph, and the change reaches us. */
  function editElsewhere(mine: Y.Doc, theirs: Y.Doc, index: number, edit: (text: Y.XmlText) => void) {
    const element = theirs.getXmlFragment(DRAFT_FIELD).get(index) as Y.XmlElement;
    edit(element.get(0) as Y.XmlText);
    Y.applyUpdate(mine, Y.encodeStateAsUpdate(theirs, Y.encodeStateVector(mine)));
  }

  function quoteRange(doc: Node, index: number, words: string): [number, number] {
    const start = textStart(doc, index);
    const offset = doc.child(index).textContent.indexOf(words);
    return [start + offset, start + offset + words.length];
  }

  it("finds the quoted words again after others edit around them", () => {
    const { mine, theirs } = sharedText();
    const before = view(mine);
    const [from, to] = quoteRange(before.doc, 1, "cooperate");
    const anchor = anchorForRange(before.context, from, to);

    editElsewhere(mine, theirs, 1, (text) => {
      text.insert(0, "[Further] ");
      text.insert("[Further] Decide to ".length, "[closely] "); // just before the quote
      text.insert(text.length - 1, " [in good faith]");
    });
    editElsewhere(mine, theirs, 0, (text) => text.insert(0, "Also "));

    const after = view(mine);
    const placed = placeAnchor(after.context, anchor, "cooperate", after.doc.content.size);
    expect(placed.kind).toBe("placed");
    if (placed.kind !== "placed") return;
    expect(after.doc.textBetween(placed.from, placed.to)).toBe("cooperate");
  });

  it("keeps words typed inside the quote", () => {
    const { mine, theirs } = sharedText();
    const before = view(mine);
    const [from, to] = quoteRange(before.doc, 1, "cooperate closely");
    const anchor = anchorForRange(before.context, from, to);
    editElsewhere(mine, theirs, 1, (text) => text.insert("Decide to cooperate ".length, "very "));
    const after = view(mine);
    const placed = placeAnchor(after.context, anchor, "cooperate closely", after.doc.content.size);
    expect(placed.kind === "placed" && after.doc.textBetween(placed.from, placed.to)).toBe("cooperate very closely");
  });

  it("says so when the quoted words, or their whole paragraph, are deleted", () => {
    const { mine, theirs } = sharedText();
    const before = view(mine);
    const words = quoteRange(before.doc, 1, "cooperate");
    const wordsAnchor = anchorForRange(before.context, ...words);
    const paragraphAnchor = anchorForRange(before.context, ...quoteRange(before.doc, 2, "Secretariat"));

    editElsewhere(mine, theirs, 1, (text) => text.delete("Decide to ".length, "cooperate".length));
    theirs.getXmlFragment(DRAFT_FIELD).delete(2, 1);
    Y.applyUpdate(mine, Y.encodeStateAsUpdate(theirs, Y.encodeStateVector(mine)));

    const after = view(mine);
    expect(placeAnchor(after.context, wordsAnchor, "cooperate", after.doc.content.size).kind).toBe("deleted");
    expect(placeAnchor(after.context, paragraphAnchor, "Secretariat", after.doc.content.size).kind).toBe("deleted");
  });

  it("treats an unreadable anchor as deleted text", () => {
    const { mine } = sharedText();
    const { doc, context } = view(mine);
    expect(placeAnchor(context, { start: "not base64!", end: "AAAA" }, "x", doc.content.size).kind).toBe("deleted");
  });

  it("the plugin re-resolves anchors when the text is rebuilt from Yjs, and maps local edits", () => {
    const { mine, theirs } = sharedText();
    const type = mine.getXmlFragment(DRAFT_FIELD);
    const schema = draftSchema(); // one schema: nodes of another cannot enter this document
    const first = initProseMirrorDoc(type, schema);
    let state = EditorState.create({
      doc: first.doc,
      plugins: [ySyncPlugin(type, { mapping: first.mapping }), threadHighlightsPlugin()],
    });
    const context = { doc: mine, type, mapping: first.mapping };
    const threads: AnchoredThread[] = [
      {
        id: "t1",
        anchor: anchorForRange(context, ...quoteRange(first.doc, 1, "cooperate")),
        quote: "cooperate",
        visibility: "public",
        highlight: true,
      },
      {
        id: "t2",
        anchor: anchorForRange(context, ...quoteRange(first.doc, 2, "Secretariat")),
        quote: "Secretariat",
        visibility: "internal",
        highlight: false, // filtered out of the panel: placed, not marked
      },
    ];
    const textOf = (id: string) => {
      const placement = threadHighlightsKey.getState(state)!.placements.get(id);
      return placement?.kind === "placed" ? state.doc.textBetween(placement.from, placement.to) : placement?.kind;
    };

    state = state.apply(setThreadAnchors(state.tr, threads, "t1"));
    expect([textOf("t1"), textOf("t2")]).toEqual(["cooperate", "Secretariat"]);
    expect(highlightRanges(threads, threadHighlightsKey.getState(state)!.placements).map((r) => r.id)).toEqual(["t1"]);
    const before = threadHighlightsKey.getState(state)!.placements;

    // A local edit elsewhere: placements follow through the mapping.
    state = state.apply(state.tr.insertText("Also ", textStart(state.doc, 0)));
    expect([textOf("t1"), textOf("t2")]).toEqual(["cooperate", "Secretariat"]);

    // Others' edits arrive: y-tiptap rebuilds the whole text in one step, which no mapping
    // survives; the anchors are resolved again.
    editElsewhere(mine, theirs, 1, (text) => text.insert(0, "[Further] "));
    const rebuilt = initProseMirrorDoc(type, schema);
    first.mapping.clear();
    for (const [key, value] of rebuilt.mapping) first.mapping.set(key, value);
    state = state.apply(
      state.tr
        .replaceWith(0, state.doc.content.size, rebuilt.doc.content)
        .setMeta(ySyncPluginKey, { isChangeOrigin: true }),
    );
    expect([textOf("t1"), textOf("t2")]).toEqual(["cooperate", "Secretariat"]);
    expect(threadHighlightsKey.getState(state)!.placements).not.toBe(before);

    // Nothing moved: the same Map, so the page does not re-render.
    const settled = threadHighlightsKey.getState(state)!.placements;
    state = state.apply(state.tr.setSelection(state.selection));
    state = state.apply(setThreadAnchors(state.tr, threads, null));
    expect(threadHighlightsKey.getState(state)!.placements).toBe(settled);
  });
});
