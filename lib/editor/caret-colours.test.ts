import { describe, expect, it } from "vitest";
import { stateColour } from "../forum/state-colour";
import { contrastRatio, DARK_TEXT, labelTextColour, LIGHT_TEXT, toHexColour } from "./caret-colours";

describe("toHexColour", () => {
  it("reads the hsl() the server stamps, and hex", () => {
    expect(toHexColour("hsl(0 100% 50%)")).toBe("#ff0000");
    expect(toHexColour("hsl(120, 100%, 25%)")).toBe("#008000");
    expect(toHexColour("hsl(240deg 100% 50% / 1)")).toBe("#0000ff");
    expect(toHexColour("#ABC")).toBe("#aabbcc");
    expect(toHexColour("#123456")).toBe("#123456");
  });

  it("refuses what it cannot read", () => {
    expect(toHexColour("red; background: url(x)")).toBeNull();
    expect(toHexColour(undefined)).toBeNull();
    expect(toHexColour("")).toBeNull();
  });
});

describe("labelTextColour", () => {
  it("puts dark text on light colours and white on dark ones", () => {
    expect(labelTextColour("#ffeb3b")).toBe(DARK_TEXT);
    expect(labelTextColour("#1b3a6b")).toBe(LIGHT_TEXT);
  });

  it("reaches WCAG AA on every Member State's colour", () => {
    for (const code of ["RU", "KZ", "CN", "IN", "TJ", "KG", "UZ", "TR", "IR", "AZ", "CHAIR", "SECRETARIAT"]) {
      const background = toHexColour(stateColour(code))!;
      expect(contrastRatio(labelTextColour(background), background)).toBeGreaterThanOrEqual(4.5);
    }
  });
});
