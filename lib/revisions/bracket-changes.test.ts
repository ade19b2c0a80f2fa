import { describe, expect, it } from "vitest";
import { bracketChanges, describeBracketChange } from "./bracket-changes";
import { paragraph } from "./test-support";

const held = (text: string, states: string[]) => ({ text, states });

describe("bracket changes between two versions of a paragraph", () => {
  it("says which brackets were added and removed, and with whom", () => {
    const before = paragraph("op1", "Decide to [combat] terrorism", { brackets: [held("combat", ["RU"])] });
    const after = paragraph("op1", "Decide to [counter] terrorism", { brackets: [held("counter", ["CN", "IN"])] });
    expect(bracketChanges(before, after).map(describeBracketChange)).toEqual([
      "[counter] added, held by CN, IN",
      "[combat] removed",
    ]);
  });

  it("reports a change of holders, in any order of listing, and nothing when only the order differs", () => {
    const before = paragraph("op1", "[a]", { brackets: [held("a", ["RU", "CN"])] });
    expect(bracketChanges(before, paragraph("op1", "[a]", { brackets: [held("a", ["CN", "RU"])] }))).toEqual([]);
    const after = paragraph("op1", "[a]", { brackets: [held("a", ["CN"])] });
    expect(bracketChanges(before, after).map(describeBracketChange)).toEqual(["[a] held by RU, CN → held by CN"]);
  });

  it("names alternatives by their label and long passages by their first words", () => {
    const long = "within existing resources and on the basis of voluntary contributions of the Member States";
    const after = paragraph("op1", `[${long}]`, {
      brackets: [held(long, [])],
      alternatives: [{ label: "Alt 1", states: ["KZ"] }],
    });
    const described = bracketChanges(null, after).map(describeBracketChange);
    expect(described[0]).toMatch(/^\[within existing resources .*…\] added, held by nobody recorded$/);
    expect(described[1]).toBe("Alt 1 added, held by KZ");
    expect(bracketChanges(after, null).map((change) => change.kind)).toEqual(["removed", "removed"]);
  });
});
