import { describe, expect, it } from "vitest";
import { parseBrackets } from "./index";
import { bracketPairs } from "./protected-brackets";

const pairsOf = (text: string) =>
  bracketPairs(text)
    .map(({ open, close }) => `${open}-${close}`)
    .sort();

describe("the bracket pairs the guard reads at every keystroke", () => {
  it("are the pairs the full parser finds, nested and unbalanced brackets included", () => {
    for (const text of [
      "",
      "no brackets at all",
      "Decide to [combat][counter] terrorism",
      "[outer [inner] words] and [Alt 1: one][Alt 2: two]",
      "unclosed [bracket and [a closed one]",
      "a stray ] before [words]",
      "[[double]] and []",
    ])
      expect(pairsOf(text)).toEqual(
        parseBrackets(text)
          .spans.map(({ open, close }) => `${open}-${close}`)
          .sort(),
      );
  });
});
