import { describe, expect, it } from "vitest";
import { RateLimiter } from "./rate-limit";

describe("RateLimiter", () => {
  it("allows a burst, refuses beyond it, and refills with time", () => {
    const limiter = new RateLimiter(10, 3, 0);
    expect([limiter.take(0), limiter.take(0), limiter.take(0), limiter.take(0)]).toEqual([true, true, true, false]);
    expect(limiter.take(100)).toBe(true); // 0.1 s at 10/s brings back one
    expect(limiter.take(100)).toBe(false);
    expect(limiter.take(10_000)).toBe(true);
  });
});
