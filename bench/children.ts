// Starting the bench's own processes (servers, client workers, the cold-open probe) and talking
// to them over Node's IPC channel: request/answer by id, and a registry that kills every one of
// them when the bench ends, however it ends.
import { fork, type ChildProcess } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

const BENCH_DIR = path.dirname(fileURLToPath(import.meta.url));

export interface Message {
  type: string;
  id?: number;
  [key: string]: unknown;
}

const running = new Set<ChildProcess>();

export class Child {
  private nextId = 1;
  private readonly waiting = new Map<number, { resolve: (m: Message) => void; reject: (e: Error) => void }>();
  private readonly listeners: ((m: Message) => void)[] = [];
  readonly exited: Promise<number | null>;

  constructor(
    readonly name: string,
    readonly process: ChildProcess,
  ) {
    running.add(process);
    process.on("message", (raw) => {
      const message = raw as Message;
      if (message.type === "answer" && typeof message.id === "number") {
        const waiter = this.waiting.get(message.id);
        this.waiting.delete(message.id);
        if (message.error) waiter?.reject(new Error(`${name}: ${String(message.error)}`));
        else waiter?.resolve(message);
        return;
      }
      for (const listener of this.listeners) listener(message);
    });
    this.exited = new Promise((resolve) => {
      process.on("exit", (code) => {
        running.delete(process);
        for (const waiter of this.waiting.values()) waiter.reject(new Error(`${name} exited (code ${code})`));
        this.waiting.clear();
        resolve(code);
      });
    });
  }

  get pid(): number {
    return this.process.pid!;
  }

  /** Sends a request and resolves with the child's answer to it. */
  ask<T = Message>(message: Message, timeoutMs = 120_000): Promise<T> {
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiting.delete(id);
        reject(new Error(`${this.name}: no answer to "${message.type}" within ${timeoutMs} ms`));
      }, timeoutMs);
      this.waiting.set(id, {
        resolve: (answer) => {
          clearTimeout(timer);
          resolve(answer as T);
        },
        reject: (error) => {
          clearTimeout(timer);
          reject(error);
        },
      });
      this.process.send({ ...message, id });
    });
  }

  /** Resolves with the first unsolicited message of this type. */
  next<T = Message>(type: string, timeoutMs = 120_000): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${this.name}: no "${type}" within ${timeoutMs} ms`)), timeoutMs);
      const listener = (message: Message) => {
        if (message.type !== type) return;
        clearTimeout(timer);
        this.listeners.splice(this.listeners.indexOf(listener), 1);
        resolve(message as T);
      };
      this.listeners.push(listener);
      void this.exited.then((code) => {
        clearTimeout(timer);
        reject(new Error(`${this.name} exited (code ${code}) before "${type}"`));
      });
    });
  }

  /** Asks it to stop; SIGKILL when it has not exited within the grace period. */
  async stop(graceMs = 15_000): Promise<void> {
    if (this.process.exitCode !== null || this.process.signalCode !== null) return;
    try {
      this.process.send({ type: "exit" });
    } catch {
      // channel already closed
    }
    const timer = setTimeout(() => this.process.kill("SIGKILL"), graceMs);
    await this.exited;
    clearTimeout(timer);
  }
}

/**
 * `node --import tsx bench/<script> ...args` with an IPC channel (structured clone). With
 * BENCH_CPU_PROFILE=<dir> in the environment, every bench process writes a V8 CPU profile there.
 */
export function spawnBenchProcess(script: string, args: string[] = [], name = script): Child {
  const profileDir = process.env.BENCH_CPU_PROFILE;
  const profile = profileDir ? ["--cpu-prof", `--cpu-prof-dir=${profileDir}`] : [];
  const child = fork(path.join(BENCH_DIR, script), args, {
    execArgv: ["--import", "tsx", ...profile],
    serialization: "advanced",
    stdio: ["ignore", "inherit", "inherit", "ipc"],
    cwd: path.dirname(BENCH_DIR),
  });
  return new Child(name, child);
}

/** Kills whatever is still running; used on every way out of the bench. */
export function killAllChildren(): void {
  for (const child of running) {
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  }
  running.clear();
}

// ---- the child's side ----

type Handler = (message: Message) => unknown;

/** In a bench child: answers requests with the handler's result; exits on "exit" or a lost parent. */
export function serveParent(handler: Handler, onExit: () => Promise<void> | void = () => {}): void {
  if (!process.send) throw new Error("This script is started by bench/run.ts (it needs an IPC channel).");
  let exiting = false;
  const exit = async () => {
    if (exiting) return;
    exiting = true;
    setTimeout(() => process.exit(1), 10_000).unref(); // never linger on a stuck shutdown
    try {
      await onExit();
    } finally {
      process.exit(0);
    }
  };
  process.on("message", (raw) => {
    const message = raw as Message;
    if (message.type === "exit") {
      void exit();
      return;
    }
    void (async () => {
      try {
        const result = (await handler(message)) ?? {};
        process.send!({ ...(result as object), type: "answer", id: message.id });
      } catch (error) {
        process.send!({ type: "answer", id: message.id, error: (error as Error).stack ?? String(error) });
      }
    })();
  });
  // The parent died (or was killed): do not linger as a stray server.
  process.on("disconnect", () => void exit());
}

export function tell(message: Message): void {
  process.send?.(message);
}
