import { describe, expect, it } from "vitest";
import { isXmlSafe, xmlSafe } from "./xml-safe";

describe("characters XML 1.0 cannot carry", () => {
  it("accepts ordinary text in the forum's languages, tabs and line breaks", () => {
    for (const text of ["Decide to [combat] terrorism;", "Принимая во внимание", "a\tb\nc\r", "emoji 🕊", ""])
      expect(isXmlSafe(text)).toBe(true);
  });

  it("finds C0 controls, U+FFFE/U+FFFF and lone surrogates", () => {
    for (const bad of ["\u0001", "a\u000Bb", "\u001F", "x\uFFFE", "\uFFFF", "\uD800", "a\uDC00b", "\u0000"])
      expect(isXmlSafe(bad)).toBe(false);
  });

  it("removes exactly those characters", () => {
    expect(xmlSafe("Re\u0001call\u000Bing\uFFFE that\u001F")).toBe("Recalling that");
    expect(xmlSafe("ok 🕊\tand\n")).toBe("ok 🕊\tand\n");
    expect(xmlSafe("lone \uD800 half")).toBe("lone  half");
  });
});
