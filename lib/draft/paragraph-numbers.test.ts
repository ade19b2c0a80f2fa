import { describe, expect, it } from "vitest";
import { paragraphNumbers } from "./paragraph-numbers";

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
