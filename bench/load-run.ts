// One load (writers + viewers) against one server, start to finish: a fresh server process and
// a fresh draft, client workers that connect and sync everyone, a warm-up, the measured window,
// the drain, and the numbers. The server, the clients and this orchestrator are separate processes.
import { randomUUID } from "node:crypto";
import type { DraftContent } from "../lib/draft/content";
import { MEMBER_STATES } from "../lib/forum/member-states";
import { issueCollabToken } from "../server/collab/collab-token";
import { spawnBenchProcess, type Child } from "./children";
import type { ClientSpec, WriterSends } from "./client-worker";
import type { BenchDatabase } from "./database";
import { fingerprintKey, type Fingerprint } from "./doc-fingerprint";
import { createBenchDraft } from "./draft";
import { appendHistory } from "./history";
import { loadAverage, machineBusy, postgresCpu, waitForQuiet } from "./machine";
import { now, type ProbeReading } from "./process-probe";
import { concat, distribution, type Distribution } from "./stats";

export type ServerKind = "concord" | "bare";

export interface LoadSpec {
  name: "room" | "summit";
  label: string;
  writers: number;
  viewers: number;
}

export const LOADS: Record<LoadSpec["name"], LoadSpec> = {
  room: { name: "room", label: "Room-sized", writers: 27, viewers: 50 },
  summit: { name: "summit", label: "Summit-sized", writers: 54, viewers: 200 },
};

export const CHARACTERS_PER_SECOND = 4;
export const BENCH_SECRET = "concord-bench-secret-not-for-any-deployment";
/** Compaction stays out of the measured window (the rows written are counted from the table). */
const NO_COMPACTION_MS = 24 * 3600_000;

export interface RunOptions {
  database: BenchDatabase;
  content: DraftContent;
  state: Uint8Array;
  warmupMs: number;
  durationMs: number;
  workers: number;
  /** How long to wait at most for a quiet machine before each run. */
  quietWaitMs: number;
  /**
   * Concord only: rows put in the draft's DocumentUpdate before the server opens it (typing that
   * has not been compacted yet), and when, after the window opens, to run the server's periodic
   * compaction (drain, then compactDocument, as its timer does).
   */
  compaction?: { history: Uint8Array[]; atMs: number };
  log: (line: string) => void;
}

export interface RunResult {
  server: ServerKind;
  load: LoadSpec;
  run: number;
  clients: number;
  connectMs: number;
  windowMs: number;
  sentInWindow: number;
  sentPerSecond: number;
  targetPerSecond: number;
  skippedTicks: number;
  latency: Distribution;
  /** Keystrokes sent while the compaction ran (when there was one). */
  duringCompaction: Distribution | null;
  compaction: { ms: number; merged: number } | null;
  missing: number;
  drainMs: number;
  lagging: number;
  converged: boolean;
  convergence: string;
  serverReading: ProbeReading;
  serverCpuMs: number;
  cpuPerUpdateUs: number;
  rowsWritten: number | null;
  insertStatements: number | null;
  insertAvgMs: number | null;
  insertMaxMs: number | null;
  postgresCpuMs: number | null;
  clientCpuMs: number;
  machineBusyPct: number | null;
  loadAvg1: number;
  /** Machine busy share (2 s) just before the run started, after waiting for quiet. */
  busyBeforePct: number;
  unexpectedCloses: number[];
  /** Changes the server refused (should be none: writers type in open paragraphs only). */
  refusals: number;
  serverLog: string[];
}

interface MarkAnswer {
  reading: ProbeReading;
  persisted: { statements: number; rows: number; totalMs: number; maxMs: number } | null;
  connections: number;
  logLines: string[];
}

const sleepUntil = (at: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, at - now())));

async function startServer(kind: ServerKind, options: RunOptions) {
  if (kind === "concord") {
    const server = spawnBenchProcess(
      "concord-server-process.ts",
      [options.database.url, BENCH_SECRET, String(NO_COMPACTION_MS)],
      "concord server",
    );
    const { port } = await server.next<{ port: number }>("ready", 60_000);
    const draft = await createBenchDraft(options.database.db, options.content, options.state);
    if (options.compaction) await appendHistory(options.database.db, draft.id, options.compaction.history);
    return { server, url: `ws://127.0.0.1:${port}/collab`, document: draft.id };
  }
  const server = spawnBenchProcess("bare-server-process.ts", [], "bare server");
  const { port } = await server.next<{ port: number }>("ready", 60_000);
  const document = randomUUID();
  await server.ask({ type: "seed", document, state: options.state });
  return { server, url: `ws://127.0.0.1:${port}`, document };
}

/** One writer per delegation (two per delegation at summit size); viewers are delegation members who only watch. */
async function clientSpecs(kind: ServerKind, load: LoadSpec, document: string, db: BenchDatabase["db"]) {
  const delegates = new Map(
    (await db.user.findMany({ where: { role: "DELEGATE" } })).map((user) => [user.email, user] as const),
  );
  const specs: ClientSpec[] = [];
  const total = load.writers + load.viewers;
  for (let index = 0; index < total; index++) {
    const writer = index < load.writers;
    const state = MEMBER_STATES[index % MEMBER_STATES.length]!;
    // Every client signs in as a real account (the server checks each ticket's session against
    // it): a delegation's members beyond its delegate share the delegate's account.
    const seeded = delegates.get(`${state.code.toLowerCase()}@concord.test`);
    const claims = {
      doc: document,
      sub: seeded?.id ?? randomUUID(),
      name:
        index < MEMBER_STATES.length && seeded
          ? seeded.name
          : `${writer ? "Delegate" : "Member of the delegation"} of ${state.name} (${index})`,
      role: "DELEGATE" as const,
      state: state.code,
    };
    const params: Record<string, string> =
      kind === "concord" ? { token: issueCollabToken(claims, BENCH_SECRET, Date.now(), 3600).token } : {};
    specs.push({ index, writer, params });
  }
  return specs;
}

export async function runLoad(kind: ServerKind, load: LoadSpec, run: number, options: RunOptions): Promise<RunResult> {
  const { log } = options;
  const quiet = await waitForQuiet(options.quietWaitMs, 25);
  if (quiet.waitedMs > 2500) {
    log(
      `  waited ${(quiet.waitedMs / 1000).toFixed(0)} s for the machine to quieten (now ${quiet.busyPct.toFixed(0)}% busy)`,
    );
  }
  const { server, url, document } = await startServer(kind, options);
  const workers: Child[] = [];
  try {
    const specs = await clientSpecs(kind, load, document, options.database.db);
    const count = Math.min(options.workers, specs.length);
    for (let w = 0; w < count; w++) workers.push(spawnBenchProcess("client-worker.ts", [], `client worker ${w + 1}`));
    // Round robin, so that every worker hosts writers and viewers alike.
    const shares = workers.map((_, w) => specs.filter((spec) => spec.index % count === w));

    const connectStarted = now();
    await Promise.all(
      workers.map((worker, w) =>
        worker.ask(
          { type: "setup", url, room: document, clients: shares[w], spreadMs: 5, timeoutMs: 120_000 },
          180_000,
        ),
      ),
    );
    const connectMs = now() - connectStarted;
    log(`  ${specs.length} clients synced in ${(connectMs / 1000).toFixed(1)} s`);
    await new Promise((resolve) => setTimeout(resolve, 1000));

    const t0 = now() + 500;
    const measureFrom = t0 + options.warmupMs;
    const measureUntil = measureFrom + options.durationMs;
    await Promise.all(workers.map((worker) => worker.ask({ type: "start", t0, measureFrom, measureUntil })));

    await sleepUntil(measureFrom);
    await server.ask<MarkAnswer>({ type: "mark" });
    const busy = machineBusy();
    const countRows = () => options.database.db.documentUpdate.count({ where: { documentId: document } });
    const rowsBefore = kind === "concord" ? await countRows() : 0;
    const pgCpu = kind === "concord" ? await postgresCpu(options.database.url, options.database.name) : null;

    let compaction: Promise<{ ms: number; merged: number; from: number; until: number }> | null = null;
    if (options.compaction && kind === "concord") {
      const at = measureFrom + options.compaction.atMs;
      compaction = sleepUntil(at).then(() =>
        server.ask<{ ms: number; merged: number; from: number; until: number }>({ type: "compact", document }),
      );
    }

    await sleepUntil(measureUntil);
    const window = await server.ask<MarkAnswer>({ type: "mark" });
    const compacted = compaction ? await compaction : null;
    const busyPct = busy();
    const loadAvg1 = loadAverage()[0];
    const postgresCpuMs = pgCpu ? await pgCpu() : null;
    const rowsAfter = kind === "concord" ? await countRows() : 0;

    // Everything the writers sent, by writer clientID and clock.
    const typed = await Promise.all(
      workers.map((worker) => worker.ask<{ writers: WriterSends[]; skippedTicks: number }>({ type: "typed" })),
    );
    const sends = new Map<number, number[]>();
    for (const part of typed) for (const writer of part.writers) sends.set(writer.clientID, writer.sends);
    let sentInWindow = 0;
    for (const times of sends.values()) {
      for (const sent of times) if (sent >= measureFrom && sent < measureUntil) sentInWindow += 1;
    }

    const expect = [...sends].map(([clientID, times]) => [clientID, times.length] as [number, number]);
    const drained = await Promise.all(
      workers.map((worker) =>
        worker.ask<{ drainMs: number; lagging: number }>({ type: "await", expect, timeoutMs: 60_000 }, 90_000),
      ),
    );
    const collected = await Promise.all(
      workers.map((worker) =>
        worker.ask<{
          latencies: Float64Array;
          focused: Float64Array;
          missing: number;
          fingerprints: { fingerprint: Fingerprint; count: number }[];
          closes: number[];
          refusals: number;
          reading: ProbeReading | null;
        }>({
          type: "collect",
          sends,
          measureFrom,
          measureUntil,
          focusFrom: compacted?.from ?? 0,
          focusUntil: compacted?.until ?? 0,
        }),
      ),
    );

    // Converged: every client and the server hold the same items and the same text.
    const prints = new Map<string, number>();
    for (const part of collected) {
      for (const { fingerprint, count: n } of part.fingerprints) {
        prints.set(fingerprintKey(fingerprint), (prints.get(fingerprintKey(fingerprint)) ?? 0) + n);
      }
    }
    const serverPrint = (await server.ask<{ fingerprint: Fingerprint | null }>({ type: "state", document }))
      .fingerprint;
    const converged = prints.size === 1 && serverPrint !== null && prints.has(fingerprintKey(serverPrint));
    const convergence = converged
      ? `all ${specs.length} clients and the server identical`
      : `${prints.size} distinct client states (${[...prints.values()].join("/")}), server ${serverPrint ? (prints.has(fingerprintKey(serverPrint)) ? "matches one" : "matches none") : "has no doc"}`;

    const latency = distribution(concat(collected.map((part) => part.latencies)));
    const serverCpuMs = window.reading.userMs + window.reading.systemMs;
    const seconds = options.durationMs / 1000;
    return {
      server: kind,
      load,
      run,
      clients: specs.length,
      connectMs,
      windowMs: window.reading.wallMs,
      sentInWindow,
      sentPerSecond: sentInWindow / seconds,
      targetPerSecond: load.writers * CHARACTERS_PER_SECOND,
      skippedTicks: typed.reduce((sum, part) => sum + part.skippedTicks, 0),
      latency,
      duringCompaction: compacted ? distribution(concat(collected.map((part) => part.focused))) : null,
      compaction: compacted ? { ms: compacted.ms, merged: compacted.merged } : null,
      missing: collected.reduce((sum, part) => sum + part.missing, 0),
      drainMs: Math.max(...drained.map((part) => part.drainMs)),
      lagging: drained.reduce((sum, part) => sum + part.lagging, 0),
      converged,
      convergence,
      serverReading: window.reading,
      serverCpuMs,
      cpuPerUpdateUs: sentInWindow > 0 ? (serverCpuMs * 1000) / sentInWindow : NaN,
      rowsWritten: kind === "concord" ? rowsAfter - rowsBefore : null,
      insertStatements: window.persisted?.statements ?? null,
      insertAvgMs: window.persisted?.statements ? window.persisted.totalMs / window.persisted.statements : null,
      insertMaxMs: window.persisted?.maxMs ?? null,
      postgresCpuMs,
      clientCpuMs: collected.reduce(
        (sum, part) => sum + (part.reading ? part.reading.userMs + part.reading.systemMs : 0),
        0,
      ),
      machineBusyPct: busyPct,
      loadAvg1,
      busyBeforePct: quiet.busyPct,
      unexpectedCloses: collected.flatMap((part) => part.closes),
      refusals: collected.reduce((sum, part) => sum + part.refusals, 0),
      serverLog: window.logLines,
    };
  } finally {
    await Promise.all(workers.map((worker) => worker.stop()));
    await server.stop();
  }
}
