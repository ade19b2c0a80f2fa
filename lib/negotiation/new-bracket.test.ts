import { describe, expect, it } from "vitest";
import { applyEdits, cutsAcross, retextAround, spansAround, type Actor } from "./bracket-ranges";
import { attributeBrackets, parseHolds } from "./holds";
import { bracketRefusal } from "./new-bracket";

const KZ: Actor = { chair: false, state: "KZ" };
const CHAIR: Actor = { chair: true, state: null };

describe("bracketRefusal", () => {
  const text = "Adopt an [open-ended] approach [to all] [Alt 1: now]";
  const holds = parseHolds({
    brackets: [
      { text: "open-ended", states: ["KZ"] },
      { text: "to all", states: ["TR", "IN"] },
    ],
    alternatives: [{ label: "Alt 1", states: ["KZ"] }],
  });
  const refusal = (words: string, actor = KZ, states = ["KZ"]) => {
    const from = text.indexOf(words);
    return bracketRefusal(text, holds, from, from + words.length, actor, states);
  };

  it("says the words are already in the delegation's bracket, selected inside or whole", () => {
    expect(refusal("open-ended")).toBe(
      "These words are already in a bracket KZ holds. To change them, type; to give them up, withdraw.",
    );
    expect(refusal("open")).toMatch(/already in a bracket KZ holds/);
    expect(refusal("[open-ended]")).toMatch(/already in a bracket KZ holds/);
    expect(refusal("now")).toBe("These words are already in Alt 1, which KZ backs.");
  });

  it("sends a delegate to an alternative inside another state's bracket", () => {
    expect(refusal("all")).toBe("These words are in a bracket held by TR, IN: propose an alternative instead.");
  });

  it("refuses a selection that cuts across a bracket", () => {
    expect(refusal("ended] approach")).toMatch(/cuts across a bracket/);
  });

  it("lets anyone bracket free words, and the chair nest a bracket for other states", () => {
    expect(refusal("Adopt an")).toBeNull();
    expect(refusal("all", CHAIR, ["CN"])).toBeNull();
    expect(refusal("all", CHAIR, ["TR", "IN"])).toMatch(/already in a bracket held by TR, IN/);
  });
});

describe("bracket ranges", () => {
  const text = "a [b [c] d] e";
  const { spans } = attributeBrackets(text, {});

  it("finds the brackets around words, innermost first, and a selection cutting across one", () => {
    expect(spansAround(spans, text.indexOf("c"), text.indexOf("c") + 1).map((s) => s.content)).toEqual([
      "c",
      "b [c] d",
    ]);
    expect(spansAround(spans, 0, 1)).toEqual([]);
    expect(cutsAcross(spans, text.indexOf("b"), text.indexOf("c"))).toBe(true);
    expect(cutsAcross(spans, text.indexOf("[c"), text.indexOf("] d") + 1)).toBe(false);
  });

  it("re-attributes the brackets around an edit by their new words", () => {
    const holds = parseHolds({ brackets: [{ text: "b [c] d", states: ["KZ"] }] });
    const withHold = attributeBrackets(text, holds).spans;
    const edits = [
      { from: text.indexOf("d"), to: text.indexOf("d"), insert: "[" },
      { from: text.indexOf("d") + 1, to: text.indexOf("d") + 1, insert: "]" },
    ];
    expect(applyEdits(text, edits)).toBe("a [b [c] [d]] e");
    expect(retextAround(holds, text, withHold, edits).brackets).toEqual([{ text: "b [c] [d]", states: ["KZ"] }]);
  });
});
