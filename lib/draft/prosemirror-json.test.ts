import { yXmlFragmentToProseMirrorRootNode } from "@tiptap/y-tiptap";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { initialState } from "../../server/collab/load-document";
import { readDemoDrafts } from "../../server/demo/demo-drafts";
import { DRAFT_FIELD, draftSchema } from "../editor/extensions";
import { proseMirrorJSON } from "./prosemirror-json";
import { textViewOfDoc } from "./text-view-of-doc";

const docOf = (initialContent: unknown) => {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, initialState(initialContent));
  return doc;
};

describe("reading a draft's shared text as ProseMirror JSON", () => {
  it("reads every demo draft exactly as y-tiptap's converter does", async () => {
    for (const draft of await readDemoDrafts()) {
      const doc = docOf(draft);
      const theirs = yXmlFragmentToProseMirrorRootNode(doc.getXmlFragment(DRAFT_FIELD), draftSchema()).toJSON();
      expect(proseMirrorJSON(doc)).toEqual(theirs);
    }
  });

  it("never changes the document: a list item left without its paragraph is read and left in place", async () => {
    const drafts = await readDemoDrafts();
    const doc = docOf(drafts.find((draft) => draft.paragraphs.some((paragraph) => paragraph.items.length > 0))!);
    const list = doc
      .getXmlFragment(DRAFT_FIELD)
      .toArray()
      .find((node) => node instanceof Y.XmlElement && node.nodeName === "orderedList") as Y.XmlElement;
    (list.get(0) as Y.XmlElement).delete(0, 1); // the list item's paragraph goes; the item stays, empty
    const before = Y.encodeStateAsUpdate(doc);
    const changes: Uint8Array[] = [];
    doc.on("update", (update: Uint8Array) => changes.push(update));
    const json = proseMirrorJSON(doc);
    textViewOfDoc(doc);
    expect(changes).toEqual([]);
    expect(Y.encodeStateAsUpdate(doc)).toEqual(before);
    expect(JSON.stringify(json)).toContain('{"type":"listItem"}');
  });
});
