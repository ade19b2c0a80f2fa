// The collaboration server's rules under a seeded fuzzer (server/test-support/rule-fuzzer): crafted
// but structurally valid Yjs updates from every role — typing into agreed paragraphs and
// sub-paragraphs, inserts anchored inside another state's bracket, whole-item deletes, clock
// gaps, attribute and numbering changes, control characters, spoofed presence — mixed with the
// chair's agreements and honest typing, each step checked against what is stored in Postgres and
// what honest clients see. A failure names the seed, the step and the attack, to replay with
// `npm run fuzz:collab -- --seed=N --steps=M`. FUZZ_SEED and FUZZ_STEPS change this run.
import { describe, expect, it } from "vitest";
import { startCollab, TEST_SECRET } from "../test-support/collab-harness";
import { formatFailure, runRulesFuzz } from "../test-support/rule-fuzzer/run";
import { createTestDatabase } from "../test-support/test-database";

// Two thousand steps in all, as four drafts of 500: a draft that has taken thousands of forged
// updates grows slow to check, and several seeds reach more kinds of text.
const SEEDS = process.env.FUZZ_SEED ? [Number(process.env.FUZZ_SEED)] : [20221128, 1, 2, 3];
const STEPS = Number(process.env.FUZZ_STEPS ?? 500);

describe("the collaboration server's rules, fuzzed", () => {
  it.each(SEEDS)(`hold for ${STEPS} steps of seed %i`, { timeout: 300_000 }, async (SEED) => {
    const database = await createTestDatabase();
    // Checkpoints after short quiet spells, so that the run sees the server write some.
    const collab = await startCollab(database.db, {
      checkpointAfterQuietMs: 150,
      rate: { perSecond: 1000, burst: 4000 },
    });
    const draftId = (await database.db.document.findFirstOrThrow({ where: { symbol: "CICA/SWG/2022/3" } })).id;
    const report = await runRulesFuzz({
      db: database.db,
      url: collab.url,
      server: collab.server,
      draftId,
      secret: TEST_SECRET,
      seed: SEED,
      steps: STEPS,
      stopOnFailure: true,
      quietEvery: 40,
      quietMs: 400,
    }).catch((error: unknown) => {
      throw error instanceof Error ? error : new Error(String(error));
    });
    expect(report.failures.map(formatFailure)).toEqual([]);
  });
});
