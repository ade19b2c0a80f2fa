import { describe, expect, it } from "vitest";
import type { Paragraph } from "./paragraph";
import { placeParagraphs } from "./structure";

function p(id: string, kind: Paragraph["kind"], level: Paragraph["level"] = 0, deleted = false): Paragraph {
  return { id, kind, level, status: "open", deleted, text: id };
}

describe("placeParagraphs", () => {
  it("hangs letters under the numbered paragraph and romans under the letter", () => {
    const places = placeParagraphs([p("op1", "operative"), p("a", "operative", 1), p("i", "operative", 2)]);
    expect(places.map((place) => place.parent)).toEqual([null, "op1", "a"]);
    expect(places.map((place) => place.series)).toEqual(["operative", "op1/1", "a/2"]);
  });

  it("hangs a roman straight under the numbered paragraph when no letter comes between", () => {
    const places = placeParagraphs([
      p("op1", "operative"),
      p("a", "operative", 1),
      p("op2", "operative"),
      p("i", "operative", 2),
    ]);
    expect(places[3]).toEqual({ parent: "op2", series: "op2/2", deleted: false });
  });

  it("gives headings no series and makes a sub-paragraph after a heading an orphan", () => {
    const places = placeParagraphs([p("op1", "operative"), p("h", "heading"), p("a", "operative", 1)]);
    expect(places[1]).toEqual({ parent: null, series: null, deleted: false });
    expect(places[2]).toEqual({ parent: null, series: "orphan@1/1", deleted: false });
  });

  it("deletes sub-paragraphs with their deleted parent, and only those", () => {
    const places = placeParagraphs([
      p("op7", "operative", 0, true),
      p("a", "operative", 1),
      p("i", "operative", 2),
      p("op8", "operative"),
      p("b", "operative", 1),
    ]);
    expect(places.map((place) => place.deleted)).toEqual([true, true, true, false, false]);
  });
});
