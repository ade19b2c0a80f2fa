// `npm run bench`: Concord's collaboration server against a bare y-websocket server under the
// same load, the cold open of a draft with a long history, and the comparison of two revisions.
// See BENCHMARKS.md.
//
//   npm run bench                      both loads twice each, and the cold open (about 10 minutes)
//   npm run bench -- --quick           short runs, once each, 20k updates of history (smoke test)
//   npm run bench -- --only=summit     only one part: room, summit, compaction, cold, compare, export,
//                                      record or import (comma-separated; compare, export and record
//                                      need no database; import opens a bench database of its own)
//   npm run bench -- --duration=30     measured seconds per run (--warmup=5, --runs=2, --workers=3,
//                                      --updates=100000, --no-write to leave BENCHMARKS.md alone)
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { appendFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { appendUpdates } from "../server/collab/append-updates";
import { killAllChildren, spawnBenchProcess } from "./children";
import { openBenchDatabase, type BenchDatabase } from "./database";
import { benchDraftState } from "./draft";
import { typingHistory } from "./history";
import {
  CHARACTERS_PER_SECOND,
  LOADS,
  runLoad,
  type LoadSpec,
  type RunOptions,
  type RunResult,
  type ServerKind,
} from "./load-run";
import { loadAverage, machineInfo } from "./machine";
import { now } from "./process-probe";
import { runCompareBench } from "./compare";
import { runExportBench } from "./export";
import { runImportBench } from "./import";
import { runRecordBench } from "./record";
import {
  coldTable,
  compactionTable,
  machineLine,
  markdownTable,
  costTable,
  latencyTable,
  ratioTable,
  textTable,
  type ColdOpenResult,
  type Settings,
  type Verdict,
} from "./report";

const ROOT = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const BENCHMARKS = path.join(ROOT, "BENCHMARKS.md");
/** Concord's p99 relative to the bare server's: at most this. */
const P99_LIMIT: Record<LoadSpec["name"], number> = { room: 1, summit: 0.2 };

function parseArgs(argv: string[]) {
  const flags = new Map<string, string>();
  for (const arg of argv) {
    const match = /^--([a-z-]+)(?:=(.*))?$/.exec(arg);
    if (!match) throw new Error(`Unknown argument ${arg} (see the top of bench/run.ts)`);
    flags.set(match[1]!, match[2] ?? "true");
  }
  const known = ["quick", "only", "duration", "warmup", "runs", "workers", "updates", "no-write", "help"];
  for (const flag of flags.keys()) if (!known.includes(flag)) throw new Error(`Unknown flag --${flag}`);
  const quick = flags.has("quick");
  const number = (name: string, fallback: number) => {
    const value = Number(flags.get(name) ?? fallback);
    if (!Number.isFinite(value) || value <= 0) throw new Error(`--${name} must be a positive number`);
    return value;
  };
  const only = (flags.get("only") ?? "room,summit,compaction,cold,compare,export,record,import").split(",");
  for (const part of only) {
    if (!["room", "summit", "compaction", "cold", "compare", "export", "record", "import"].includes(part)) {
      throw new Error(`--only takes room, summit, compaction, cold, compare, export, record or import, not ${part}`);
    }
  }
  return {
    help: flags.has("help"),
    quick,
    only: new Set(only),
    durationS: number("duration", quick ? 8 : 30),
    warmupS: number("warmup", quick ? 2 : 5),
    runs: number("runs", quick ? 1 : 2),
    workers: number("workers", 3),
    updates: number("updates", quick ? 20_000 : 100_000),
    write: !flags.has("no-write"),
  };
}

const log = (line: string) => console.log(line);
/** Set once the database exists: kills every bench process and drops the database. */
let cleanup: () => Promise<void> = async () => killAllChildren();
/** Set on Ctrl-C: what fails from then on is the bench being stopped, not a finding. */
let interrupted = false;

/**
 * The cold-open probe runs in a process of its own; while it compacts, this process appends the
 * next keystroke on its own connection, as a live room would, and watches what that INSERT waits on.
 */
async function runColdOpen(database: BenchDatabase, updates: number): Promise<ColdOpenResult> {
  const child = spawnBenchProcess("cold-open-process.ts", [database.url, String(updates)], "cold open");
  try {
    const probe = child
      .next<{ document: string; update: Uint8Array; at: number }>("compacting", 15 * 60_000)
      .then(async ({ document, update, at }) => {
        await new Promise((resolve) => setTimeout(resolve, 100));
        const watcher = new pg.Client({ connectionString: database.url });
        watcher.on("error", () => {}); // dropped with the database on Ctrl-C
        await watcher.connect();
        const waits = new Set<string>();
        let watching = true;
        const watch = (async () => {
          while (watching) {
            const { rows } = await watcher.query<{ wait: string }>(
              `SELECT wait_event_type || ':' || wait_event AS wait FROM pg_stat_activity
               WHERE datname = $1 AND pid <> pg_backend_pid() AND state = 'active'
                 AND query ILIKE 'insert%DocumentUpdate%' AND wait_event IS NOT NULL`,
              [database.name],
            );
            for (const row of rows) waits.add(row.wait);
            await new Promise((resolve) => setTimeout(resolve, 10));
          }
        })();
        const issued = now();
        await appendUpdates(database.db, document, [{ update, userId: null }]);
        const done = now();
        watching = false;
        await watch;
        await watcher.end();
        return { issuedAt: issued - at, waitedMs: done - issued, done, waits: [...waits] };
      });
    const result = await child.ask<Omit<ColdOpenResult, "appendDuringCompaction">>({ type: "run" }, 15 * 60_000);
    const append = await probe;
    return {
      ...result,
      appendDuringCompaction: {
        issuedAfterMs: append.issuedAt,
        issuedBeforeCompactionEnded: append.issuedAt + result.compactStarted < result.compactEnded,
        waitedMs: append.waitedMs,
        doneAfterCompactionMs: append.done - result.compactEnded,
        waitEvents: append.waits,
      },
    };
  } finally {
    await child.stop();
  }
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  if (args.help) {
    console.log(
      "Usage: npm run bench -- [--quick] [--only=room|summit|compaction|cold|compare|export|record|import] [--duration=30] [--warmup=5] [--runs=2]",
    );
    return;
  }
  const machine = machineInfo();
  const startedAt = Date.now();
  log(`Concord collaboration bench — ${machineLine(machine)}`);
  log(
    `Load average before starting: ${loadAverage()
      .map((n) => n.toFixed(2))
      .join(" ")}`,
  );

  // Pure computation, no database: measured first, before any server process loads the machine.
  const loadBeforeCompare = loadAverage();
  const pure = [
    args.only.has("compare") ? await runCompareBench({ quick: args.quick, log }) : null,
    args.only.has("export") ? await runExportBench({ quick: args.quick, log }) : null,
    args.only.has("record") ? await runRecordBench({ quick: args.quick, log }) : null,
    args.only.has("import") ? await runImportBench({ quick: args.quick, log }) : null,
  ].filter((part) => part !== null);
  if (pure.length > 0 && pure.length === args.only.size) {
    for (const part of pure) console.log(`\n${part.title}\n\n${textTable(part.table)}\n\n${part.verdicts.join("\n")}`);
    const section = [
      `### ${machine.date.slice(0, 10)} ${machine.date.slice(11, 16)} UTC, ${[...args.only].join(" and ")} only${args.quick ? " (quick smoke run — not for quoting)" : ""}`,
      "",
      `- Machine: ${machineLine(machine)}`,
      `- Load average before starting: ${loadBeforeCompare.map((n) => n.toFixed(2)).join(" ")} (the bench uses one core)`,
      "",
      ...pure.flatMap((part) => [
        `#### ${part.title}`,
        "",
        markdownTable(part.table),
        "",
        ...part.verdicts.map((line) => `- ${line}`),
        "",
      ]),
    ].join("\n");
    if (args.write) await appendToBenchmarks(section);
    return;
  }

  const database = await openBenchDatabase(log);
  cleanup = async () => {
    killAllChildren();
    await database.drop();
  };
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      interrupted = true;
      log(`\n${signal}: stopping every bench process and dropping ${database.name}…`);
      void cleanup().finally(() => process.exit(130));
    });
  }

  const settings: Settings = {
    warmupS: args.warmupS,
    durationS: args.durationS,
    runs: args.runs,
    workers: args.workers,
    quick: args.quick,
    database: database.where,
    coldUpdates: args.updates,
  };
  const sections: string[] = [];
  const textSections: string[] = [];
  const verdicts: Verdict[] = [];
  const problems: string[] = [];
  for (const part of pure) {
    textSections.push(`${part.title}\n\n${textTable(part.table)}`);
    sections.push(`#### ${part.title}\n\n${markdownTable(part.table)}`);
  }
  try {
    log(`Database ${database.name} on ${database.where}: migrated and seeded.`);
    const { content, state } = await benchDraftState();
    log(`Bench draft: ${content.paragraphs.length} paragraphs, ${(state.length / 1024).toFixed(0)} KiB of Yjs state.`);

    const runOne = async (kind: ServerKind, load: LoadSpec, run: number, extra: Partial<RunOptions> = {}) => {
      const label = `${load.label}${extra.compaction ? " with a compaction" : ""}`;
      log(`${label} (${load.writers} writers + ${load.viewers} viewers), run ${run}, ${kind}…`);
      const result = await runLoad(kind, load, run, {
        database,
        content,
        state,
        warmupMs: args.warmupS * 1000,
        durationMs: args.durationS * 1000,
        workers: args.workers,
        quietWaitMs: args.quick ? 10_000 : 20_000,
        log,
        ...extra,
      });
      log(
        `  p50 ${result.latency.p50.toFixed(1)} ms, p95 ${result.latency.p95.toFixed(1)} ms, ` +
          `p99 ${result.latency.p99.toFixed(1)} ms, max ${result.latency.max.toFixed(0)} ms over ` +
          `${result.latency.count} deliveries; ${result.sentPerSecond.toFixed(1)} updates/s sent; server CPU ` +
          `${(result.serverCpuMs / 1000).toFixed(2)} s; ${result.converged ? "converged" : "NOT CONVERGED"}`,
      );
      const what = `${label} run ${run} ${kind}`;
      if (!result.converged || result.missing > 0) {
        problems.push(`${what}: ${result.convergence}; ${result.missing} never arrived`);
      }
      if (result.unexpectedCloses.length > 0) {
        problems.push(
          `${what}: ${result.unexpectedCloses.length} connections closed during the run ` +
            `(codes ${[...new Set(result.unexpectedCloses)].join(", ")})`,
        );
      }
      if (result.refusals > 0) problems.push(`${what}: the server refused ${result.refusals} changes`);
      if (result.skippedTicks > 0) {
        problems.push(`${what}: the client workers fell behind and skipped ${result.skippedTicks} keystrokes`);
      }
      for (const line of result.serverLog) problems.push(`${what} server log: ${line}`);
      return result;
    };

    const roomConcord: RunResult[] = [];
    for (const load of Object.values(LOADS)) {
      if (!args.only.has(load.name)) continue;
      const results: RunResult[] = [];
      for (let run = 1; run <= args.runs; run++) {
        // Alternate which server goes first, so neither always gets the fresher machine.
        const order: ServerKind[] = run % 2 === 1 ? ["concord", "bare"] : ["bare", "concord"];
        for (const kind of order) results.push(await runOne(kind, load, run));
      }
      if (load.name === "room") roomConcord.push(...results.filter((r) => r.server === "concord"));
      const latency = latencyTable(results);
      const cost = costTable(results);
      const ratios = ratioTable(results, P99_LIMIT[load.name]);
      verdicts.push(...ratios.verdicts);
      const title = `${load.label}: ${load.writers} writers + ${load.viewers} viewers, ${load.writers * 4} characters/s`;
      textSections.push(
        `${title}\n\nFan-out latency (sent → applied at every other client):\n${textTable(latency)}\n\n` +
          `Cost during the measured window:\n${textTable(cost)}\n\nConcord / bare:\n${textTable(ratios.table)}`,
      );
      sections.push(
        `#### ${title}\n\nFan-out latency (sent → applied at every other client):\n\n${markdownTable(latency)}\n\n` +
          `Cost during the measured window:\n\n${markdownTable(cost)}\n\nConcord / bare:\n\n${markdownTable(ratios.table)}`,
      );
    }

    if (args.only.has("compaction")) {
      // Five minutes of room typing not yet compacted (the server's default compactEveryMs), then
      // the server's periodic compaction in the middle of the measured window.
      const rows = Math.round((args.quick ? 60 : 300) * LOADS.room.writers * CHARACTERS_PER_SECOND);
      log(`Compaction during a room-sized run: ${rows} uncompacted rows…`);
      const { updates } = typingHistory(state, rows);
      const result = await runOne("concord", LOADS.room, 1, {
        compaction: { history: updates, atMs: (args.durationS * 1000) / 2 },
      });
      const table = compactionTable(result, roomConcord);
      const title = `Room-sized with the periodic compaction of ${rows} rows in the middle of the window (Concord)`;
      textSections.push(`${title}\n\n${textTable(table)}`);
      sections.push(`#### ${title}\n\n${markdownTable(table)}`);
    }

    if (args.only.has("cold")) {
      log(`Cold open: ${args.updates} updates of history…`);
      const cold = await runColdOpen(database, args.updates);
      if (!cold.loadBeforeOk || !cold.loadAfterOk)
        problems.push("Cold open: a loaded text differed from the history's");
      textSections.push(
        `Cold open of a draft with ${cold.updates} updates of history\n\n${textTable(coldTable(cold))}`,
      );
      sections.push(`#### Cold open, ${cold.updates} updates of history\n\n${markdownTable(coldTable(cold))}`);
    }
  } finally {
    await cleanup();
  }

  const minutes = (Date.now() - startedAt) / 60_000;
  const verdictLines = [
    ...pure.flatMap((part) => part.verdicts),
    ...verdicts.map(
      (v) =>
        `${LOADS[v.load as LoadSpec["name"]].label} run ${v.run}: Concord p99 = ${v.p99Ratio.toFixed(2)} × bare ` +
        `(target ≤ ${v.limit}) — ${v.met ? "met" : "NOT met"}`,
    ),
  ];
  console.log(`\n${textSections.join("\n\n")}\n`);
  for (const line of [...verdictLines, ...problems]) console.log(line);
  console.log(`\nTook ${minutes.toFixed(1)} minutes.`);

  if (args.write) {
    const section = [
      `### ${machine.date.slice(0, 10)} ${machine.date.slice(11, 16)} UTC ${args.quick ? "(quick smoke run: short, once each — not for quoting)" : ""}`.trim(),
      "",
      `- Machine: ${machineLine(machine)}`,
      `- Database: ${settings.database}`,
      `- Per run: ${settings.warmupS} s warm-up, ${settings.durationS} s measured, ${settings.workers} client worker ` +
        `processes; ${settings.runs} run(s) of each load, the servers' order alternating`,
      `- Whole invocation: ${minutes.toFixed(1)} minutes`,
      "",
      ...sections.flatMap((section) => [section, ""]),
      ...(verdictLines.length + problems.length > 0
        ? ["Verdicts and problems:", "", ...[...verdictLines, ...problems].map((line) => `- ${line}`), ""]
        : []),
    ].join("\n");
    await appendToBenchmarks(section);
  }
}

async function appendToBenchmarks(section: string): Promise<void> {
  if (!existsSync(BENCHMARKS)) await writeFile(BENCHMARKS, "# Benchmarks\n\n");
  await appendFile(BENCHMARKS, `\n${section}`);
  // Keep `npm run lint` (prettier --check) quiet about the appended section.
  spawnSync(path.join(ROOT, "node_modules/.bin/prettier"), ["--write", "--log-level", "warn", BENCHMARKS], {
    stdio: "inherit",
  });
  console.log(`Appended to ${path.relative(process.cwd(), BENCHMARKS) || BENCHMARKS}.`);
}

process.on("uncaughtException", (error) => {
  if (interrupted) return;
  console.error(error);
  void cleanup().finally(() => process.exit(1));
});

main().then(
  () => process.exit(0),
  (error: unknown) => {
    if (interrupted) return; // the signal handler exits once everything is stopped
    console.error(error);
    void cleanup().finally(() => process.exit(1));
  },
);
