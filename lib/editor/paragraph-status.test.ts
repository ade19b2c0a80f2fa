import { describe, expect, it } from "vitest";
import { adRefOfAttributes, deadlinePassed, formatDeadline, statusMark, storedStatus } from "./paragraph-status";

describe("paragraph status as people read it", () => {
  it("says what each status is, in words as well as a sign", () => {
    expect(statusMark("agreed", null)).toMatchObject({ words: "Agreed", sign: "✓" });
    expect(statusMark("bracketed", null).words).toBe("Bracketed");
    expect(statusMark("agreed_ad_ref", { states: ["RU", "CN"], deadline: "2026-12-12" }).words).toBe(
      "Ad ref — RU, CN by 12 Dec 2026",
    );
  });

  it("reads the ad ref attributes and the stored status", () => {
    expect(adRefOfAttributes({ adRefStates: "RU,CN", adRefDeadline: "2026-12-12" })).toEqual({
      states: ["RU", "CN"],
      deadline: "2026-12-12",
    });
    expect(adRefOfAttributes({ adRefStates: null, adRefDeadline: null })).toBeNull();
    expect(storedStatus("agreed_ad_ref")).toBe("agreed_ad_ref");
    expect(storedStatus("junk")).toBe("open");
  });

  it("formats deadlines UN style and knows when one has passed, with a day of grace", () => {
    expect(formatDeadline("2026-01-05")).toBe("5 Jan 2026");
    const now = new Date("2026-12-12T10:00:00Z");
    expect(deadlinePassed("2026-12-11", now)).toBe(false);
    expect(deadlinePassed("2026-12-10", now)).toBe(true);
  });
});
