// The machine the bench ran on, and how busy it was: total CPU busy share from /proc/stat over a
// window, the load average, and the CPU time PostgreSQL spent for the bench's database (its
// backends plus the WAL writer, checkpointer and background writer, from /proc/<pid>/stat).
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import os from "node:os";
import pg from "pg";

export interface MachineInfo {
  nproc: number;
  cpuModel: string;
  ramGiB: number;
  node: string;
  date: string;
}

export function machineInfo(): MachineInfo {
  let cpuModel = os.cpus()[0]?.model ?? "unknown";
  try {
    const line = readFileSync("/proc/cpuinfo", "utf8")
      .split("\n")
      .find((l) => l.startsWith("model name"));
    if (line) cpuModel = line.split(":")[1]!.trim();
  } catch {
    // not Linux
  }
  let nproc = os.availableParallelism();
  try {
    nproc = Number(execFileSync("nproc", { encoding: "utf8" }).trim());
  } catch {
    // keep Node's answer
  }
  return {
    nproc,
    cpuModel,
    ramGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    date: new Date().toISOString(),
  };
}

interface CpuTimes {
  busy: number;
  total: number;
}

function readProcStat(): CpuTimes | null {
  try {
    const fields = readFileSync("/proc/stat", "utf8").split("\n")[0]!.trim().split(/\s+/).slice(1).map(Number);
    // user nice system idle iowait irq softirq steal (guest time is already inside user)
    const total = fields.slice(0, 8).reduce((a, b) => a + b, 0);
    const idle = fields[3]! + fields[4]!;
    return { busy: total - idle, total };
  } catch {
    return null;
  }
}

/** Share of all CPUs busy (0–100 %) between start() and the function it returns. */
export function machineBusy(): () => number | null {
  const start = readProcStat();
  return () => {
    const end = readProcStat();
    if (!start || !end || end.total === start.total) return null;
    return (100 * (end.busy - start.busy)) / (end.total - start.total);
  };
}

/**
 * Waits (at most maxWaitMs) for a 2-second stretch in which the machine is at most thresholdPct
 * busy, so that a run does not start in the middle of someone else's build; returns the last
 * busy share seen.
 */
export async function waitForQuiet(
  maxWaitMs: number,
  thresholdPct: number,
): Promise<{ busyPct: number; waitedMs: number }> {
  const started = Date.now();
  for (;;) {
    const busy = machineBusy();
    await new Promise((resolve) => setTimeout(resolve, 2000));
    const busyPct = busy() ?? 0;
    const waitedMs = Date.now() - started;
    if (busyPct <= thresholdPct || waitedMs >= maxWaitMs) return { busyPct, waitedMs };
  }
}

export function loadAverage(): [number, number, number] {
  return os.loadavg() as [number, number, number];
}

const CLOCK_TICKS = (() => {
  try {
    return Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).trim()) || 100;
  } catch {
    return 100;
  }
})();

/** user+system CPU of a process in ms, or null when /proc does not show it (another machine). */
function processCpuMs(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    // fields[11], fields[12] are utime, stime (the 14th and 15th of the whole line)
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
  } catch {
    return null;
  }
}

/**
 * CPU time PostgreSQL spends for one database: its backends' and the shared writers'. Only
 * meaningful when the server runs on this machine; null otherwise.
 */
export async function postgresCpu(databaseUrl: string, database: string): Promise<() => Promise<number | null>> {
  const client = new pg.Client({ connectionString: databaseUrl });
  client.on("error", () => {}); // dropped with the database on Ctrl-C
  await client.connect();
  const pids = async () =>
    (
      await client.query<{ pid: number }>(
        `SELECT pid FROM pg_stat_activity
         WHERE datname = $1 OR backend_type IN ('walwriter', 'checkpointer', 'background writer')`,
        [database],
      )
    ).rows.map((row) => row.pid);
  const sample = async () => {
    const times = new Map<number, number>();
    for (const pid of await pids()) {
      const ms = processCpuMs(pid);
      if (ms !== null) times.set(pid, ms);
    }
    return times;
  };
  const start = await sample();
  return async () => {
    const end = await sample();
    await client.end();
    if (end.size === 0) return null;
    let total = 0;
    // Backends that came and went inside the window are missed; the server's pool keeps its own.
    for (const [pid, ms] of end) total += ms - (start.get(pid) ?? 0);
    return total;
  };
}
