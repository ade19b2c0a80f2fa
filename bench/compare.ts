// The comparison of two 300-paragraph revisions (lib/revisions), timed: issue 4 asks for at most
// 200 ms, since delegates open it before every meeting and the server computes it on request.
// Pure computation in this process, no database: the first call (cold, before the JIT has seen
// the code, as for the first delegate after a deploy), a warm-up, then many timed calls.
import { performance } from "node:perf_hooks";
import { compareTexts, type ComparisonSummary } from "../lib/revisions";
import { comparePair, COMPARE_PARAGRAPHS, type RoundSpec } from "./compare-drafts";
import { distribution } from "./stats";

export const COMPARE_TARGET_MS = 200;

export const ROUNDS: { label: string; spec: RoundSpec }[] = [
  {
    label: "a round of negotiation",
    spec: {
      edited: 0.2,
      agreed: 8,
      holdsChanged: 6,
      moved: 5,
      deleted: 10,
      inserted: 12,
      splits: 2,
      merges: 1,
      renumbered: false,
    },
  },
  {
    label: "every open paragraph edited, then renumbered",
    spec: {
      edited: 1,
      agreed: 20,
      holdsChanged: 20,
      moved: 30,
      deleted: 30,
      inserted: 30,
      splits: 10,
      merges: 5,
      renumbered: true,
    },
  },
];

export interface CompareBenchResult {
  title: string;
  table: { head: string[]; rows: string[][]; right: boolean[] };
  /** Every timed call within the target. */
  met: boolean;
  verdicts: string[];
}

const ms = (value: number) => (value < 10 ? value.toFixed(2) : value.toFixed(1));

function describe(summary: ComparisonSummary): string {
  return (
    `${summary.changed} changed (${summary.textChanged} words, ${summary.statusChanged} status, ` +
    `${summary.bracketsChanged} brackets), ${summary.inserted} inserted, ${summary.deleted} deleted, ` +
    `${summary.moved} moved, ${summary.renumbered} renumbered`
  );
}

export async function runCompareBench(options: {
  quick: boolean;
  log: (line: string) => void;
}): Promise<CompareBenchResult> {
  const iterations = options.quick ? 50 : 500;
  const warmup = options.quick ? 10 : 50;
  const rows: string[][] = [];
  const verdicts: string[] = [];
  let met = true;
  for (const [index, round] of ROUNDS.entries()) {
    const { from, to, words } = await comparePair(round.spec, 2022 + index);
    options.log(`Compare, ${round.label}: ${from.paragraphs.length} → ${to.paragraphs.length} paragraphs…`);
    let started = performance.now();
    const first = compareTexts(from, to);
    const coldMs = performance.now() - started;
    for (let i = 0; i < warmup; i++) compareTexts(from, to);
    const samples = new Float64Array(iterations);
    for (let i = 0; i < iterations; i++) {
      started = performance.now();
      compareTexts(from, to);
      samples[i] = performance.now() - started;
    }
    const timing = distribution(samples);
    const roundMet = Math.max(coldMs, timing.max) <= COMPARE_TARGET_MS;
    met &&= roundMet;
    const verdict =
      `Compare, ${round.label}: p95 ${ms(timing.p95)} ms, max ${ms(Math.max(coldMs, timing.max))} ms ` +
      `(target ≤ ${COMPARE_TARGET_MS} ms) — ${roundMet ? "met" : "NOT met"}`;
    options.log(`  ${verdict}`);
    verdicts.push(verdict);
    rows.push([
      round.label,
      `${from.paragraphs.length} → ${to.paragraphs.length} (${words} words before)`,
      describe(first.summary),
      ms(coldMs),
      ms(timing.p50),
      ms(timing.p95),
      ms(timing.max),
      String(iterations),
      `${(timing.p95 / COMPARE_TARGET_MS).toFixed(3)} (${roundMet ? "met" : "NOT met"})`,
    ]);
  }
  return {
    title: `Compare of two ${COMPARE_PARAGRAPHS}-paragraph revisions (compareTexts, target ≤ ${COMPARE_TARGET_MS} ms)`,
    table: {
      head: [
        "texts",
        "paragraphs",
        "what the comparison found",
        "first call ms",
        "p50 ms",
        "p95 ms",
        "max ms",
        "timed calls",
        "p95 / 200 ms",
      ],
      right: [false, false, false, true, true, true, true, true, false],
      rows,
    },
    met,
    verdicts,
  };
}
