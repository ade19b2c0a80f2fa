import { describe, expect, it } from "vitest";
import { paragraphNumbers, subParagraphLabel } from "./paragraph-numbers";

describe("paragraphNumbers", () => {
  it("numbers preambular and operative paragraphs separately and skips headings", () => {
    expect(paragraphNumbers(["preambular", "preambular", "heading", "operative", "heading", "operative"])).toEqual([
      "PP1",
      "PP2",
      null,
      "OP1",
      null,
      "OP2",
    ]);
  });

  it("returns nothing for an empty draft", () => {
    expect(paragraphNumbers([])).toEqual([]);
  });
});

describe("subParagraphLabel", () => {
  it("letters sub-paragraphs and doubles the letter after z", () => {
    expect([0, 1, 25, 26, 27].map(subParagraphLabel)).toEqual(["(a)", "(b)", "(z)", "(aa)", "(bb)"]);
  });
});
