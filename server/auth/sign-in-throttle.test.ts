import { describe, expect, it } from "vitest";
import { ACCOUNT_RULE, secondsToWait } from "./sign-in-throttle";

const now = new Date("2026-11-28T10:00:00Z");
const secondsAgo = (s: number) => new Date(now.getTime() - s * 1000);

describe("secondsToWait", () => {
  it("lets the first failures through at once", () => {
    expect(secondsToWait(null, ACCOUNT_RULE, now)).toBe(0);
    expect(secondsToWait({ count: 4, lastFailure: now }, ACCOUNT_RULE, now)).toBe(0);
  });

  it("doubles the wait with each failure past the allowance, up to the ceiling", () => {
    const waits = [5, 6, 7, 8, 20].map((count) => secondsToWait({ count, lastFailure: now }, ACCOUNT_RULE, now));
    expect(waits).toEqual([2, 4, 8, 16, 300]);
  });

  it("counts down as time passes", () => {
    expect(secondsToWait({ count: 7, lastFailure: secondsAgo(5) }, ACCOUNT_RULE, now)).toBe(3);
    expect(secondsToWait({ count: 7, lastFailure: secondsAgo(8) }, ACCOUNT_RULE, now)).toBe(0);
  });

  it("forgets failures older than the window", () => {
    expect(secondsToWait({ count: 50, lastFailure: secondsAgo(901) }, ACCOUNT_RULE, now)).toBe(0);
  });
});
