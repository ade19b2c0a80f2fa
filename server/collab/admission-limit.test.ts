import { describe, expect, it } from "vitest";
import { AdmissionLimit } from "./admission-limit";

describe("AdmissionLimit", () => {
  it("caps sockets per address and in all, and frees a seat once, however often released", () => {
    const limit = new AdmissionLimit({ total: 3, perAddress: 2 });
    const a1 = limit.enter("a")!;
    expect(limit.enter("a")).not.toBeNull();
    expect(limit.enter("a")).toBeNull(); // per address
    expect(limit.enter("b")).not.toBeNull();
    expect(limit.enter("c")).toBeNull(); // in all
    a1();
    a1();
    expect(limit.enter("c")).not.toBeNull();
    expect(limit.enter("d")).toBeNull();
  });
});
