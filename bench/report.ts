// Turns the measurements into tables: plain text for the terminal, Markdown for BENCHMARKS.md.
import type { RunResult, ServerKind } from "./load-run";
import type { MachineInfo } from "./machine";

export interface ColdOpenResult {
  updates: number;
  historyBytes: number;
  generateMs: number;
  appendMs: number;
  loadBeforeMs: number[];
  loadBeforeOk: boolean;
  compactMs: number;
  compactStarted: number;
  compactEnded: number;
  merged: number;
  appendDuringCompaction: {
    issuedAfterMs: number;
    issuedBeforeCompactionEnded: boolean;
    waitedMs: number;
    /** Positive: the append completed only after the compaction had committed. */
    doneAfterCompactionMs: number;
    /** What PostgreSQL said the INSERT was waiting on (pg_stat_activity), if anything. */
    waitEvents: string[];
  };
  loadAfterMs: number[];
  loadAfterOk: boolean;
  stateBytesAfter: number;
}

export interface Settings {
  warmupS: number;
  durationS: number;
  runs: number;
  workers: number;
  quick: boolean;
  database: string;
  coldUpdates: number;
}

type Table = { head: string[]; rows: string[][]; right?: boolean[] };

const ms = (value: number) => (Number.isFinite(value) ? (value < 10 ? value.toFixed(1) : value.toFixed(0)) : "–");
const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)}`;
const ratio = (a: number, b: number) => (b > 0 && Number.isFinite(a / b) ? (a / b).toFixed(2) : "–");
const SERVER_NAME: Record<ServerKind, string> = { concord: "Concord", bare: "bare y-websocket" };

export function latencyTable(results: RunResult[]): Table {
  return {
    head: [
      "run",
      "server",
      "p50 ms",
      "p95 ms",
      "p99 ms",
      "max ms",
      "deliveries",
      "sent/s (target)",
      "keystrokes skipped",
      "drain s",
      "converged",
    ],
    right: [true, false, true, true, true, true, true, true, true, true, false],
    rows: results.map((r) => [
      String(r.run),
      SERVER_NAME[r.server],
      ms(r.latency.p50),
      ms(r.latency.p95),
      ms(r.latency.p99),
      ms(r.latency.max),
      String(r.latency.count),
      `${r.sentPerSecond.toFixed(1)} (${r.targetPerSecond})`,
      String(r.skippedTicks),
      (r.drainMs / 1000).toFixed(1),
      r.converged && r.missing === 0 ? "yes" : `NO: ${r.convergence}; ${r.missing} never arrived`,
    ]),
  };
}

export function costTable(results: RunResult[]): Table {
  const seconds = (r: RunResult) => r.serverReading.wallMs / 1000;
  return {
    head: [
      "run",
      "server",
      "server CPU s (% core)",
      "CPU/update µs",
      "peak RSS MiB",
      "frames out/s",
      "loop delay p99 ms",
      "rows (INSERTs, avg/max ms)",
      "Postgres CPU s",
      "clients CPU s",
      "machine busy % (before)",
      "load1",
    ],
    right: [true, false, true, true, true, true, true, true, true, true, true, true],
    rows: results.map((r) => [
      String(r.run),
      SERVER_NAME[r.server],
      `${(r.serverCpuMs / 1000).toFixed(2)} (${((100 * r.serverCpuMs) / r.serverReading.wallMs).toFixed(0)}%)`,
      r.cpuPerUpdateUs.toFixed(0),
      mib(r.serverReading.maxRssLifetime),
      (r.serverReading.framesSent / seconds(r)).toFixed(0),
      ms(r.serverReading.loopDelayP99Ms),
      r.rowsWritten === null
        ? "–"
        : `${r.rowsWritten} (${r.insertStatements}, ${ms(r.insertAvgMs ?? NaN)}/${ms(r.insertMaxMs ?? NaN)})`,
      r.postgresCpuMs === null ? "–" : (r.postgresCpuMs / 1000).toFixed(2),
      (r.clientCpuMs / 1000).toFixed(1),
      `${r.machineBusyPct === null ? "–" : r.machineBusyPct.toFixed(0)} (${r.busyBeforePct.toFixed(0)})`,
      r.loadAvg1.toFixed(2),
    ]),
  };
}

export interface Verdict {
  load: string;
  run: number;
  p99Ratio: number;
  limit: number;
  met: boolean;
}

export function ratioTable(results: RunResult[], p99Limit: number): { table: Table; verdicts: Verdict[] } {
  const runs = [...new Set(results.map((r) => r.run))];
  const verdicts: Verdict[] = [];
  const rows = runs.flatMap((run) => {
    const concord = results.find((r) => r.run === run && r.server === "concord");
    const bare = results.find((r) => r.run === run && r.server === "bare");
    if (!concord || !bare) return [];
    const p99Ratio = concord.latency.p99 / bare.latency.p99;
    const met = p99Ratio <= p99Limit && concord.converged && concord.missing === 0;
    verdicts.push({ load: concord.load.name, run, p99Ratio, limit: p99Limit, met });
    return [
      [
        String(run),
        ratio(concord.latency.p50, bare.latency.p50),
        ratio(concord.latency.p95, bare.latency.p95),
        ratio(concord.latency.p99, bare.latency.p99),
        ratio(concord.serverCpuMs, bare.serverCpuMs),
        ratio(concord.serverCpuMs + (concord.postgresCpuMs ?? 0), bare.serverCpuMs),
        `≤ ${p99Limit.toFixed(2)}: ${met ? "met" : "NOT met"}`,
      ],
    ];
  });
  return {
    table: {
      head: ["run", "p50", "p95", "p99", "server CPU", "server + Postgres CPU", "p99 target"],
      right: [true, true, true, true, true, true, false],
      rows,
    },
    verdicts,
  };
}

/** The run with a compaction beside the same load's Concord runs without one. */
export function compactionTable(withCompaction: RunResult, without: RunResult[]): Table {
  const row = (label: string, r: RunResult, d = r.latency) => [
    label,
    ms(d.p50),
    ms(d.p95),
    ms(d.p99),
    ms(d.max),
    String(d.count),
    `${(r.serverCpuMs / 1000).toFixed(2)}`,
    r.converged && r.missing === 0 ? "yes" : "NO",
  ];
  const rows = without.map((r) => row(`no compaction (room run ${r.run})`, r));
  rows.push(row("with the compaction: whole window", withCompaction));
  if (withCompaction.duringCompaction) {
    rows.push(
      row("with the compaction: keystrokes sent while it ran", withCompaction, withCompaction.duringCompaction),
    );
  }
  const compaction = withCompaction.compaction;
  return {
    head: ["Concord, room-sized", "p50 ms", "p95 ms", "p99 ms", "max ms", "deliveries", "server CPU s", "converged"],
    right: [false, true, true, true, true, true, true, false],
    rows: [
      ...rows,
      [
        compaction
          ? `compaction: ${ms(compaction.ms)} ms (drain + compactDocument), ${compaction.merged} rows merged`
          : "compaction: did not run",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
      ],
    ],
  };
}

export function coldTable(cold: ColdOpenResult): Table {
  const list = (values: number[]) => values.map(ms).join(" / ");
  return {
    head: ["step", "result"],
    rows: [
      ["history", `${cold.updates} updates, ${(cold.historyBytes / 1024).toFixed(0)} KiB in DocumentUpdate`],
      ["appending it (chunks of 5000)", `${ms(cold.appendMs)} ms`],
      [
        "loadDocument before compaction (3 opens)",
        `${list(cold.loadBeforeMs)} ms${cold.loadBeforeOk ? "" : " (TEXT WRONG)"}`,
      ],
      ["compactDocument", `${ms(cold.compactMs)} ms, ${cold.merged} rows merged`],
      [
        "an append issued during the compaction",
        `issued ${ms(cold.appendDuringCompaction.issuedAfterMs)} ms after it began` +
          `${cold.appendDuringCompaction.issuedBeforeCompactionEnded ? "" : " (compaction had already ended)"}, ` +
          `took ${ms(cold.appendDuringCompaction.waitedMs)} ms, done ` +
          `${ms(cold.appendDuringCompaction.doneAfterCompactionMs)} ms after the compaction committed; ` +
          `waiting on ${cold.appendDuringCompaction.waitEvents.join(", ") || "nothing seen"}`,
      ],
      [
        "loadDocument after compaction (3 opens)",
        `${list(cold.loadAfterMs)} ms${cold.loadAfterOk ? "" : " (TEXT WRONG)"}`,
      ],
      ["stored state after compaction", `${(cold.stateBytesAfter / 1024).toFixed(0)} KiB`],
    ],
  };
}

// ---- rendering ----

function widths(table: Table): number[] {
  return table.head.map((head, i) =>
    Math.max(3, [...head].length, ...table.rows.map((row) => [...(row[i] ?? "")].length)),
  );
}

const pad = (text: string, width: number, right: boolean) =>
  right ? " ".repeat(width - [...text].length) + text : text + " ".repeat(width - [...text].length);

export function textTable(table: Table): string {
  const w = widths(table);
  const line = (cells: string[], header = false) =>
    cells.map((cell, i) => pad(cell, w[i]!, !header && (table.right?.[i] ?? false))).join("  ");
  return [line(table.head, true), w.map((n) => "-".repeat(n)).join("  "), ...table.rows.map((r) => line(r))].join("\n");
}

/** A Markdown table as Prettier formats it (so that `prettier --check` stays quiet). */
export function markdownTable(table: Table): string {
  const w = widths(table);
  const right = table.right ?? [];
  const row = (cells: string[]) => `| ${cells.map((cell, i) => pad(cell, w[i]!, right[i] ?? false)).join(" | ")} |`;
  const rule = `| ${w.map((n, i) => (right[i] ? "-".repeat(n - 1) + ":" : "-".repeat(n))).join(" | ")} |`;
  return [row(table.head), rule, ...table.rows.map(row)].join("\n");
}

export function machineLine(machine: MachineInfo): string {
  return (
    `${machine.nproc} CPUs (nproc), ${machine.cpuModel}, ${machine.ramGiB} GiB RAM, Node ${machine.node}, ` +
    `${machine.date}`
  );
}
