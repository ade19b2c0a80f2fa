// The comparison of two 300-paragraph revisions (lib/revisions), timed: issue 4 asks for at most
// 200 ms, since delegates open it before every meeting and the server computes it on request.
// Pure computation in this process, no database: the first call (cold, before the JIT has seen
// the code, as for the first delegate after a deploy), a warm-up, then many timed calls. Each
// round is timed twice: the comparison alone, and with who made each change (attribution.ts:
// every character of both texts read from their Yjs documents), the documents and the
// authorship already read from the database, as the server has them before it compares.
import { performance } from "node:perf_hooks";
import * as Y from "yjs";
import { compareTexts, type ComparisonSummary } from "../lib/revisions";
import type { TextView } from "../lib/draft/paragraph-views";
import { DRAFT_FIELD } from "../lib/editor/extensions";
import { attributeComparison, Authorship } from "../server/revisions/attribution";
import { RangeIndex } from "../server/revisions/range-index";
import type { WordAuthor } from "../lib/revisions/word-diff";
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
  for (const [index, round] of ROUNDS.entries())
    for (const attributed of [false, true]) {
      const { from, to, words } = await comparePair(round.spec, 2022 + index);
      const label = attributed ? `${round.label}, with who made each change` : round.label;
      options.log(`Compare, ${label}: ${from.paragraphs.length} → ${to.paragraphs.length} paragraphs…`);
      const [fromDoc, toDoc] = [docOf(from), docOf(to)];
      const authorship = new Authorship(
        new Map([
          [fromDoc.clientID, { delegation: "KZ", name: "Delegate of Kazakhstan" }],
          [toDoc.clientID, { delegation: "RU", name: "Delegate of Russia" }],
        ]),
        new RangeIndex<WordAuthor>().add(fromDoc.clientID, 0, Number.MAX_SAFE_INTEGER, {
          delegation: "CN",
          name: "Delegate of China",
        }),
        new RangeIndex<string>().add(toDoc.clientID, 0, Number.MAX_SAFE_INTEGER, "2022-10-13T10:00:00.000Z"),
      );
      const compare = () => {
        const comparison = compareTexts(from, to);
        if (attributed) attributeComparison(comparison, fromDoc, toDoc, authorship);
        return comparison;
      };
      let started = performance.now();
      const first = compare();
      const coldMs = performance.now() - started;
      for (let i = 0; i < warmup; i++) compare();
      const samples = new Float64Array(iterations);
      for (let i = 0; i < iterations; i++) {
        started = performance.now();
        compare();
        samples[i] = performance.now() - started;
      }
      const timing = distribution(samples);
      const roundMet = Math.max(coldMs, timing.max) <= COMPARE_TARGET_MS;
      met &&= roundMet;
      const verdict =
        `Compare, ${label}: p95 ${ms(timing.p95)} ms, max ${ms(Math.max(coldMs, timing.max))} ms ` +
        `(target ≤ ${COMPARE_TARGET_MS} ms) — ${roundMet ? "met" : "NOT met"}`;
      options.log(`  ${verdict}`);
      verdicts.push(verdict);
      rows.push([
        label,
        `${from.paragraphs.length} → ${to.paragraphs.length} (${words} words before)`,
        describe(first.summary),
        ms(coldMs),
        ms(timing.p50),
        ms(timing.p95),
        ms(timing.max),
        String(iterations),
        `${(timing.p95 / COMPARE_TARGET_MS).toFixed(3)} (${roundMet ? "met" : "NOT met"})`,
      ]);
      fromDoc.destroy();
      toDoc.destroy();
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

/** A Yjs document holding `text`'s paragraphs as the editor stores them (ids, one text each). */
function docOf(text: TextView): Y.Doc {
  const doc = new Y.Doc();
  const fragment = doc.getXmlFragment(DRAFT_FIELD);
  doc.transact(() => {
    for (const paragraph of text.paragraphs) {
      const element = new Y.XmlElement("paragraph");
      element.setAttribute("pid", paragraph.id);
      element.insert(0, [new Y.XmlText(paragraph.text)]);
      fragment.insert(fragment.length, [element]);
    }
  });
  return doc;
}
