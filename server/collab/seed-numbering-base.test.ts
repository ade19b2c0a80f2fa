import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { readNumberingBase, writeNumberingBase } from "../../lib/collab/numbering-base";
import { draftContentSchema } from "../../lib/draft/content";
import { numberParagraphs } from "../../lib/negotiation";
import { yDocParagraphs } from "../../lib/editor/renumber-draft";
import { initialState } from "./load-document";
import { seedNumberingBase } from "./seed-numbering-base";

const content = draftContentSchema.parse({
  title: "T",
  symbol: "CICA/SWG/2022/9",
  kind: "STATEMENT",
  stage: "SWG",
  paragraphs: [
    { kind: "preambular", text: "Recognizing,", status: "open" },
    { kind: "operative", text: "Decide;", status: "open", items: [{ text: "first" }, { text: "second" }] },
    { kind: "operative", text: "Request.", status: "agreed" },
  ],
});

describe("seedNumberingBase", () => {
  it("freezes the seeded numbers, so that an insertion is bis from the first day", () => {
    const doc = new Y.Doc();
    Y.applyUpdate(doc, initialState(content));
    seedNumberingBase(doc);
    const base = readNumberingBase(doc);
    expect(Object.keys(base)).toHaveLength(5);
    const numbers = numberParagraphs(yDocParagraphs(doc), base).map((number) => number.display);
    expect(numbers).toEqual(["PP1", "OP1", "(a)", "(b)", "OP2"]);
  });

  it("never overwrites a base that is already there", () => {
    const doc = new Y.Doc();
    Y.applyUpdate(doc, initialState(content));
    writeNumberingBase(doc, {});
    seedNumberingBase(doc);
    expect(readNumberingBase(doc)).toEqual({});
  });
});
