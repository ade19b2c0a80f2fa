import { describe, expect, it } from "vitest";
import { MAX_BATCH, takeNextJobs, type Job } from "./room-jobs";

const update = (n: number): Job => ({ kind: "update", pending: { update: new Uint8Array([n]) } as never });
const refuse = (n: number): Job => ({
  kind: "refuse",
  pending: { update: new Uint8Array([n]) } as never,
});
const catchUp = (): Job => ({ kind: "catch-up" });

const kinds = (jobs: Job[]) => jobs.map((job) => job.kind);

describe("the room writer's next step", () => {
  it("takes consecutive updates as one group commit, up to the batch limit", () => {
    const queue = [update(1), update(2), update(3), refuse(4), update(5)];
    expect(kinds(takeNextJobs(queue))).toEqual(["update", "update", "update"]);
    expect(kinds(queue)).toEqual(["refuse", "update"]);

    const long = Array.from({ length: MAX_BATCH + 3 }, (_, index) => update(index));
    expect(takeNextJobs(long)).toHaveLength(MAX_BATCH);
    expect(long).toHaveLength(3);
  });

  it("takes a refusal alone, after what came before it", () => {
    const queue = [refuse(1), refuse(2), update(3)];
    expect(kinds(takeNextJobs(queue))).toEqual(["refuse"]);
    expect(kinds(takeNextJobs(queue))).toEqual(["refuse"]);
    expect(kinds(takeNextJobs(queue))).toEqual(["update"]);
    expect(queue).toEqual([]);
  });

  it("answers consecutive catch-ups with one step, and never mixes kinds", () => {
    const queue = [catchUp(), catchUp(), catchUp(), update(1), catchUp()];
    expect(kinds(takeNextJobs(queue))).toEqual(["catch-up", "catch-up", "catch-up"]);
    expect(kinds(takeNextJobs(queue))).toEqual(["update"]);
    expect(kinds(takeNextJobs(queue))).toEqual(["catch-up"]);
  });
});
