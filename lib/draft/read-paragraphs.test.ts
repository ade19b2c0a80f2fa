import { Node } from "@tiptap/pm/model";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { initialState } from "../../server/collab/load-document";
import { readDemoDrafts } from "../../server/demo/demo-drafts";
import { readNumberingBase } from "../collab/numbering-base";
import { DRAFT_FIELD, draftSchema } from "../editor/extensions";
import { adRefOf } from "./ad-ref";
import { jsonTree, proseMirrorTree, yXmlTree } from "./draft-tree";
import { proseMirrorJSON } from "./prosemirror-json";
import { paragraphsOfDoc, paragraphsOfJSON, paragraphsOfNode, readParagraphs, withoutPlace } from "./read-paragraphs";

const docOf = (initialContent: unknown) => {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, initialState(initialContent));
  return doc;
};

/** The record without where it was read (a Y.XmlElement, a Node, a JSON object). */
const record = withoutPlace;

describe("one reader of a draft's paragraphs", () => {
  it("reads the same records from the Y.XmlFragment, the ProseMirror Node and the JSON of every demo draft", async () => {
    for (const draft of await readDemoDrafts()) {
      const doc = docOf(draft);
      const json = proseMirrorJSON(doc);
      const node = Node.fromJSON(draftSchema(), json);
      const fromY = paragraphsOfDoc(doc).map(record);
      expect(fromY.length).toBeGreaterThan(0);
      const base = readNumberingBase(doc);
      expect(paragraphsOfJSON(json, base).map(record)).toEqual(fromY);
      expect(paragraphsOfNode(node, base).map(record)).toEqual(fromY);
    }
  });

  it("gives ProseMirror positions and top-level indexes for a Node", () => {
    const node = Node.fromJSON(draftSchema(), {
      type: "doc",
      content: [
        { type: "heading", attrs: { level: 2, pid: "h" }, content: [{ type: "text", text: "Title" }] },
        {
          type: "paragraph",
          attrs: { pid: "a", kind: "operative", status: "agreed" },
          content: [{ type: "text", text: "Decides" }],
        },
        {
          type: "orderedList",
          content: [
            {
              type: "listItem",
              content: [{ type: "paragraph", attrs: { pid: "b" }, content: [{ type: "text", text: "[to] act" }] }],
            },
          ],
        },
      ],
    });
    const paragraphs = readParagraphs(proseMirrorTree, node);
    expect(paragraphs.map((p) => [p.id, p.kind, p.level, p.top, node.nodeAt(p.pos)?.attrs.pid])).toEqual([
      ["h", "heading", 0, 0, "h"],
      ["a", "operative", 0, 1, "a"],
      ["b", "operative", 1, 2, "b"],
    ]);
    expect(paragraphs.map((p) => [p.display, p.lock?.status ?? null])).toEqual([
      ["open", null],
      ["agreed", "agreed"],
      ["bracketed", null],
    ]);
    // The same walk over the JSON and over the shared text, position aside.
    const json = node.toJSON();
    expect(readParagraphs(jsonTree, json).map((p) => [p.id, p.kind, p.level, p.top])).toEqual(
      paragraphs.map((p) => [p.id, p.kind, p.level, p.top]),
    );
    const doc = new Y.Doc();
    const fragment = doc.getXmlFragment(DRAFT_FIELD);
    const element = new Y.XmlElement("paragraph");
    element.setAttribute("pid", "y");
    element.setAttribute("status", "agreed_ad_ref");
    element.setAttribute("adRefStates", "RU,CN");
    element.setAttribute("adRefDeadline", "2026-12-12");
    element.insert(0, [new Y.XmlText("Welcomes")]);
    fragment.insert(0, [element]);
    const [read] = readParagraphs(yXmlTree, fragment);
    expect(read?.node).toBe(element);
    expect(read?.lock).toEqual({ status: "agreed_ad_ref", adRef: { states: ["RU", "CN"], deadline: "2026-12-12" } });
  });
});

describe("adRefOf, the one ad ref parser", () => {
  it("reads the live attributes, and an older client's adRef under them", () => {
    expect(adRefOf({ adRefStates: "RU,CN", adRefDeadline: "2026-12-12" })).toEqual({
      states: ["RU", "CN"],
      deadline: "2026-12-12",
    });
    expect(adRefOf({ adRef: { states: ["EG"], deadline: "2022-09-12" } })).toEqual({
      states: ["EG"],
      deadline: "2022-09-12",
    });
    expect(adRefOf({ adRef: "not json" })).toBeNull();
    expect(adRefOf({})).toBeNull();
  });
});
