// Runs `npm start`'s entry point as a separate process, the way a newcomer runs it, so that
// tests can stop it with Ctrl-C (SIGINT) or kill it outright.
import { spawn, type ChildProcess } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import readline from "node:readline";

export interface Launched {
  process: ChildProcess;
  output: string[];
  /** Resolves with the exit code (or signal) once the process has ended. */
  exited: Promise<number | string>;
}

const launched = new Set<ChildProcess>();

/** For afterAll: whatever a failed test left running is ended. */
export function killAllLaunched(): void {
  for (const child of launched) if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
}

export async function launch(env: Record<string, string>): Promise<Launched> {
  const child = spawn(process.execPath, ["--import", "tsx", "server/main.ts"], {
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  launched.add(child);
  const output: string[] = [];
  const exited = new Promise<number | string>((resolve) =>
    child.once("exit", (code, signal) => resolve(code ?? signal!)),
  );
  const ready = new Promise<void>((resolve, reject) => {
    for (const stream of [child.stdout!, child.stderr!]) {
      readline.createInterface({ input: stream }).on("line", (line) => {
        output.push(line);
        if (line.includes("Concord is ready at")) resolve();
      });
    }
    void exited.then((code) =>
      reject(new Error(`Concord exited (${code}) before it was ready:\n${output.join("\n")}`)),
    );
  });
  await ready;
  return { process: child, output, exited };
}

/** Pids of every process whose command line mentions the directory (PostgreSQL's -D argument). */
export function processesUsing(dir: string): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (
        readFileSync(`/proc/${entry}/cmdline`, "utf8")
          .split("\0")
          .some((arg) => arg.startsWith(dir))
      )
        pids.push(Number(entry));
    } catch {
      // gone meanwhile
    }
  }
  return pids;
}
