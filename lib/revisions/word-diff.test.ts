import { describe, expect, it } from "vitest";
import { tokenize } from "./tokens";
import { afterSide, beforeSide, diffWords, sideText } from "./word-diff";

describe("tokenize", () => {
  it("gives words, spaces, single punctuation marks and each bracket, and spells the text back", () => {
    const text = "Condemns [combat][counter]-terrorism; the State’s “right”, 90 per cent…  \n(a)";
    const tokens = tokenize(text);
    expect(tokens.join("")).toBe(text);
    expect(tokens.slice(0, 8)).toEqual(["Condemns", " ", "[", "combat", "]", "[", "counter", "]"]);
    expect(tokens).toContain("State’s");
    expect(tokens).toContain("  \n");
    expect(tokenize("counter-terrorism")).toEqual(["counter-terrorism"]);
    expect(tokenize("")).toEqual([]);
  });

  it("keeps characters outside the Basic Multilingual Plane whole", () => {
    expect(tokenize("a 😀 b")).toEqual(["a", " ", "😀", " ", "b"]);
    expect(tokenize("Қазақстан 中国")).toEqual(["Қазақстан", " ", "中国"]);
  });
});

describe("diffWords", () => {
  it("reads a replacement of several words as one change, deleted then inserted", () => {
    expect(diffWords("the big dog barks", "a small dog barks")).toEqual([
      { op: "delete", text: "the big" },
      { op: "insert", text: "a small" },
      { op: "equal", text: " dog barks" },
    ]);
  });

  it("shows removed brackets as brackets removed, the words kept", () => {
    expect(diffWords("[a] b", "a b")).toEqual([
      { op: "delete", text: "[" },
      { op: "equal", text: "a" },
      { op: "delete", text: "]" },
      { op: "equal", text: " b" },
    ]);
  });

  it("deletes a whole bracketed alternative, not the seam between two", () => {
    expect(diffWords("to [combat][counter] terrorism", "to [counter] terrorism")).toEqual([
      { op: "equal", text: "to " },
      { op: "delete", text: "[combat]" },
      { op: "equal", text: "[counter] terrorism" },
    ]);
    expect(diffWords("to [counter] terrorism", "to [combat][counter] terrorism")).toEqual([
      { op: "equal", text: "to " },
      { op: "insert", text: "[combat]" },
      { op: "equal", text: "[counter] terrorism" },
    ]);
  });

  it("starts an inserted word with the word, not the space before it", () => {
    expect(diffWords("the State", "the Member State")).toEqual([
      { op: "equal", text: "the " },
      { op: "insert", text: "Member " },
      { op: "equal", text: "State" },
    ]);
  });

  it("handles empty texts on either side", () => {
    expect(diffWords("", "")).toEqual([]);
    expect(diffWords("", "New text.")).toEqual([{ op: "insert", text: "New text." }]);
    expect(diffWords("Old text.", "")).toEqual([{ op: "delete", text: "Old text." }]);
    expect(diffWords("Same.", "Same.")).toEqual([{ op: "equal", text: "Same." }]);
  });

  it("spells the old text from equal + delete and the new one from equal + insert, exactly", () => {
    // Deterministic pseudo-random edits of diplomatic-sounding text, brackets included.
    let seed = 42;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const vocabulary = ["the", "Member", "States", "[", "]", ",", " ", "  ", "shall", "counter-terrorism", "’", "."];
    const sentence = (length: number) =>
      Array.from({ length }, () => vocabulary[Math.floor(random() * vocabulary.length)]).join("");
    for (let round = 0; round < 500; round++) {
      const before = sentence(Math.floor(random() * 40));
      const words = before.split("");
      for (let edit = Math.floor(random() * 6); edit > 0; edit--) {
        const at = Math.floor(random() * (words.length + 1));
        if (random() < 0.5) words.splice(at, Math.floor(random() * 8));
        else words.splice(at, 0, sentence(1 + Math.floor(random() * 4)));
      }
      const after = words.join("");
      const diff = diffWords(before, after);
      expect(sideText(beforeSide(diff))).toBe(before);
      expect(sideText(afterSide(diff))).toBe(after);
      expect(diff.every((word) => word.text.length > 0)).toBe(true);
      // Never two neighbours of the same kind: each change is shown once.
      expect(diff.every((word, i) => i === 0 || diff[i - 1]!.op !== word.op)).toBe(true);
    }
  });

  it("gives up aligning a paragraph rewritten beyond recognition, and still spells both texts", () => {
    const before = Array.from({ length: 2000 }, (_, i) => `w${i}`).join(" ");
    const after = Array.from({ length: 2000 }, (_, i) => `v${i}`).join(";");
    const diff = diffWords(before, after);
    expect(diff).toEqual([
      { op: "delete", text: before },
      { op: "insert", text: after },
    ]);
  });
});
