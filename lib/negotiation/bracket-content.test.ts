import { describe, expect, it } from "vitest";
import { bracketMeaning } from "./bracket-content";

describe("bracketMeaning", () => {
  it("reads plain disputed words as text", () => {
    expect(bracketMeaning("combat")).toEqual({ kind: "text" });
    expect(bracketMeaning("")).toEqual({ kind: "text" });
    expect(bracketMeaning("deleted")).toEqual({ kind: "text" });
    expect(bracketMeaning("delete the reference to sanctions")).toEqual({ kind: "text" });
  });

  it("recognises an alternative, its normalised label and its body", () => {
    expect(bracketMeaning("Alt 1: to combat terrorism ")).toEqual({
      kind: "alternative",
      label: "Alt 1",
      n: 1,
      bodyStart: 7,
      bodyEnd: 26,
      body: "to combat terrorism",
    });
    expect(bracketMeaning("alternative 2 :counter")).toMatchObject({ label: "Alt 2", body: "counter" });
    expect(bracketMeaning("ALT.3: x")).toMatchObject({ label: "Alt 3", n: 3 });
  });

  it("needs the colon before calling it an alternative", () => {
    expect(bracketMeaning("Alt 1 to combat")).toEqual({ kind: "text" });
  });

  it("recognises a bare deletion marker in any case", () => {
    expect(bracketMeaning("delete")).toEqual({ kind: "deletion", proposedBy: [], retainedBy: [] });
    expect(bracketMeaning(" DELETE ")).toEqual({ kind: "deletion", proposedBy: [], retainedBy: [] });
  });

  it("recognises attributed deletions", () => {
    expect(bracketMeaning("delete: RU")).toEqual({ kind: "deletion", proposedBy: ["RU"], retainedBy: [] });
    expect(bracketMeaning("Delete – RU, CN and KZ")).toEqual({
      kind: "deletion",
      proposedBy: ["RU", "CN", "KZ"],
      retainedBy: [],
    });
  });

  it("recognises 'X: delete; Y: retain'", () => {
    expect(bracketMeaning("RU: delete; CN, KZ: retain")).toEqual({
      kind: "deletion",
      proposedBy: ["RU"],
      retainedBy: ["CN", "KZ"],
    });
  });

  it("does not call a text with only retain stances, or prose with a colon, a deletion", () => {
    expect(bracketMeaning("CN: retain")).toEqual({ kind: "text" });
    expect(bracketMeaning("RU: delete; and further")).toEqual({ kind: "text" });
  });
});
