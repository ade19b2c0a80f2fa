// A Concord process that was killed (kill -9, a crash, a closed laptop lid with a dead battery)
// leaves its PostgreSQL running, or a postmaster.pid behind. Either would make the next start
// fail, so both are cleaned up here before starting.
import { readFile, rm } from "node:fs/promises";
import path from "node:path";

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

async function isPostgresOf(pid: number, dataDir: string): Promise<boolean> {
  try {
    const cmdline = (await readFile(`/proc/${pid}/cmdline`, "utf8")).split("\0");
    return path.basename(cmdline[0] ?? "").startsWith("postgres") && cmdline.includes(dataDir);
  } catch {
    // Without /proc (macOS) trust the pid file: PostgreSQL wrote it for this data directory.
    return process.platform !== "linux";
  }
}

async function waitForExit(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isAlive(pid)) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return !isAlive(pid);
}

export type StaleOutcome = "none" | "removed-pid-file" | "stopped-orphan";

export async function recoverStalePostmaster(dataDir: string): Promise<StaleOutcome> {
  const pidFile = path.join(dataDir, "postmaster.pid");
  let firstLine: string | undefined;
  try {
    firstLine = (await readFile(pidFile, "utf8")).split("\n")[0];
  } catch {
    return "none";
  }
  const pid = Number(firstLine);
  if (Number.isInteger(pid) && pid > 0 && isAlive(pid) && (await isPostgresOf(pid, dataDir))) {
    // SIGINT is PostgreSQL's "fast shutdown": clean, with nothing to recover at the next start.
    process.kill(pid, "SIGINT");
    if (!(await waitForExit(pid, 20_000))) {
      process.kill(pid, "SIGQUIT");
      await waitForExit(pid, 5_000);
    }
    return "stopped-orphan";
  }
  await rm(pidFile, { force: true });
  return "removed-pid-file";
}
