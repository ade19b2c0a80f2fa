import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { preambleOpening, splitAtOpening } from "./preamble-opening";

/** The words in italics, or null. */
const opening = (text: string) => {
  const found = preambleOpening(text);
  return found ? text.slice(found.start, found.end) : null;
};

describe("preambleOpening", () => {
  it("finds the opening of every preambular paragraph of the demo drafts", () => {
    const dir = path.join(__dirname, "../../prisma/demo/drafts");
    const found: Record<string, string | null> = {};
    for (const file of readdirSync(dir)) {
      const draft = JSON.parse(readFileSync(path.join(dir, file), "utf8")) as {
        paragraphs: { kind: string; text: string }[];
      };
      for (const paragraph of draft.paragraphs)
        if (paragraph.kind === "preambular") found[paragraph.text.slice(0, 30)] = opening(paragraph.text);
    }
    const openings = new Set(Object.values(found));
    expect(openings).toEqual(
      new Set([
        "Reaffirming",
        "Marking",
        "Recognizing",
        "Noting with concern",
        "Convinced",
        "Taking into account",
        "Recalling",
        "Emphasizing",
        "Strongly condemning",
        "Recalling also",
        "Guided by",
        "Mindful",
        "Welcoming",
        "Expressing concern",
        "Noting",
        "Stressing",
        "Taking note",
      ]),
    );
    // Every preambular paragraph of the demo opens as a resolution's does.
    expect(Object.entries(found).filter(([, words]) => words === null)).toEqual([]);
  });

  it.each([
    ["Recalling that the Conference", "Recalling"],
    ["Recalling also its resolution 60/288,", "Recalling also"],
    ["Recalling further that", "Recalling further"],
    ["Noting also with concern the threat", "Noting also with concern"],
    ["Noting with deep concern the rise", "Noting with deep concern"],
    ["Welcoming with satisfaction the outcome", "Welcoming with satisfaction"],
    ["Taking note with appreciation of the report", "Taking note with appreciation"],
    ["Deeply concerned by the erosion of trust", "Deeply concerned"],
    ["Gravely concerned also at", "Gravely concerned also"],
    ["Bearing in mind that", "Bearing in mind"],
    ["Having considered the report of the Secretary-General,", "Having considered"],
    ["Expressing its deep appreciation to", "Expressing its deep appreciation"],
    ["Paying tribute to the victims,", "Paying tribute"],
    ["Fully aware of", "Fully aware"],
    ["Aware of the importance", "Aware"],
    ["Considering that", "Considering"],
    ["Reaffirming once again its commitment", "Reaffirming once again"],
  ])("reads %j as opening with %j", (text, words) => {
    expect(opening(text)).toBe(words);
  });

  it("stops at a comma and at a bracket: the bracket's words belong to the dispute", () => {
    expect(opening("Recalling, in this regard, that")).toBe("Recalling");
    expect(opening("Recalling [also] that")).toBe("Recalling");
  });

  it("reads an opening inside a leading bracket, or an alternative's", () => {
    expect(preambleOpening("[Strongly condemning][Condemning] terrorism")).toEqual({ start: 1, end: 20 });
    expect(opening("[Recalling] [Reaffirming] that")).toBe("Recalling");
    expect(opening("[Alt 1: Welcoming also the work] [Alt 2: Noting the work]")).toBe("Welcoming also");
    expect(opening("  Recalling that")).toBe("Recalling");
  });

  it("finds none in an empty paragraph, a quotation, a number or a noun", () => {
    expect(preambleOpening("")).toBeNull();
    expect(preambleOpening("   ")).toBeNull();
    expect(preambleOpening("[")).toBeNull();
    expect(preambleOpening('"Recalling that …" is how the paragraph was proposed')).toBeNull();
    expect(preambleOpening("“Recalling”")).toBeNull();
    expect(preambleOpening("2022 marks the thirtieth anniversary")).toBeNull();
    expect(preambleOpening("The Conference on Interaction")).toBeNull();
    expect(preambleOpening("During the Summit")).toBeNull();
    expect(preambleOpening("United Nations peacekeeping")).toBeNull();
    expect(preambleOpening("Only recalling")).toBe(null);
  });
});

describe("splitAtOpening", () => {
  it("cuts the runs where the opening starts and ends, leaving labels and struck words out", () => {
    const pieces = [
      { text: "[Strongly ", kind: "text" },
      { text: "Recalling ", kind: "deleted" },
      { text: "condemning] ", kind: "text" },
      { text: "RU", kind: "holders" },
      { text: "terrorism", kind: "text" },
    ];
    const split = splitAtOpening(pieces, (piece) => piece.kind === "text");
    expect(split.map(({ piece, opening }) => [piece.text, piece.kind, opening])).toEqual([
      ["[", "text", false],
      ["Strongly ", "text", true],
      ["Recalling ", "deleted", false],
      ["condemning", "text", true],
      ["] ", "text", false],
      ["RU", "holders", false],
      ["terrorism", "text", false],
    ]);
  });

  it("leaves the pieces whole when there is no opening", () => {
    const pieces = [{ text: "The Conference" }];
    expect(splitAtOpening(pieces)).toEqual([{ piece: pieces[0], opening: false }]);
  });
});
