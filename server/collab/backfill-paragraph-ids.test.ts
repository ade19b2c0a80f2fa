import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { DRAFT_FIELD } from "../../lib/editor/extensions";
import { backfillParagraphIds } from "./backfill-paragraph-ids";

function draftWithout(ids: (string | null)[]): Y.Doc {
  const doc = new Y.Doc();
  const fragment = doc.getXmlFragment(DRAFT_FIELD);
  const list = new Y.XmlElement("orderedList");
  const item = new Y.XmlElement("listItem");
  const sub = new Y.XmlElement("paragraph");
  item.insert(0, [sub]);
  list.insert(0, [item]);
  const paragraphs = ids.map((pid) => {
    const element = new Y.XmlElement("paragraph");
    if (pid) element.setAttribute("pid", pid);
    return element;
  });
  fragment.insert(0, [...paragraphs, list]);
  return doc;
}

const idsOf = (doc: Y.Doc) => {
  const ids: unknown[] = [];
  const visit = (parent: Y.XmlFragment | Y.XmlElement) => {
    for (const child of parent.toArray()) {
      if (!(child instanceof Y.XmlElement)) continue;
      if (child.nodeName === "paragraph") ids.push(child.getAttribute("pid"));
      else visit(child);
    }
  };
  visit(doc.getXmlFragment(DRAFT_FIELD));
  return ids;
};

describe("backfillParagraphIds", () => {
  it("names unnamed paragraphs and the later of two copies, sub-paragraphs included, and keeps the rest", () => {
    const doc = draftWithout(["pkeepme000000", null, "pkeepme000000"]);
    const before = Y.encodeStateAsUpdate(doc);
    const change = backfillParagraphIds(doc);
    expect(change).not.toBeNull();
    const ids = idsOf(doc);
    expect(ids[0]).toBe("pkeepme000000");
    expect(new Set(ids).size).toBe(4);
    for (const id of ids.slice(1)) expect(id).toMatch(/^p[a-km-z2-9]{11}$/);

    // The change it returns carries exactly that naming to any other copy of the text.
    const other = new Y.Doc();
    Y.applyUpdate(other, before);
    Y.applyUpdate(other, change!);
    expect(idsOf(other)).toEqual(ids);
  });

  it("changes nothing when every paragraph is named", () => {
    const doc = draftWithout(["paaaaaaaaaaa", "pbbbbbbbbbbb"]);
    backfillParagraphIds(doc);
    expect(backfillParagraphIds(doc)).toBeNull();
  });
});
