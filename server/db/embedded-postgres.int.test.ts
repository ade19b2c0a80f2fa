// The embedded PostgreSQL as a newcomer's laptop runs it: data survives restarts, a clean stop
// leaves no process behind, and a killed app does not break the next start.
import { spawn } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import readline from "node:readline";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { startEmbeddedPostgres } from "./embedded-postgres";

const dirs: string[] = [];
afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

async function tempDataDir(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "concord-embedded-test-"));
  dirs.push(dir);
  return dir;
}

async function sql<T extends pg.QueryResultRow>(url: string, text: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(text)).rows;
  } finally {
    await client.end();
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Starts a separate process that owns the server, so that it can be SIGKILLed. */
async function startInChild(dataDir: string) {
  const child = spawn(
    process.execPath,
    ["--import", "tsx", "server/test-support/embedded-postgres-child.ts", dataDir],
    {
      stdio: ["ignore", "pipe", "inherit"],
    },
  );
  const [line] = await readline
    .createInterface({ input: child.stdout! })
    [Symbol.asyncIterator]()
    .next()
    .then((r) => [r.value as string]);
  return { child, ...(JSON.parse(line!) as { url: string; pid: number }) };
}

describe("embedded PostgreSQL", () => {
  it("keeps its data across a stop and a start, and leaves no process after a stop", async () => {
    const dataDir = await tempDataDir();
    const first = await startEmbeddedPostgres({ dataDir });
    await sql(first.url, `CREATE TABLE kept (note TEXT); INSERT INTO kept VALUES ('PP1 agreed')`);
    await first.stop();
    expect(alive(first.pid)).toBe(false);

    const second = await startEmbeddedPostgres({ dataDir });
    expect(await sql(second.url, `SELECT note FROM kept`)).toEqual([{ note: "PP1 agreed" }]);
    // Listens on loopback only, with a password: other machines and other local users stay out.
    expect(second.url).toMatch(/^postgresql:\/\/concord:[^@]+@127\.0\.0\.1:\d+\/concord$/);
    await expect(sql(second.url.replace(/:[^:@/]+@/, ":wrong@"), "SELECT 1")).rejects.toThrow(
      /password authentication failed/,
    );
    await second.stop();
  });

  it("recovers when the app was killed with kill -9 and left its PostgreSQL running", async () => {
    const dataDir = await tempDataDir();
    const owner = await startInChild(dataDir);
    await sql(owner.url, `CREATE TABLE kept (note TEXT); INSERT INTO kept VALUES ('OP3 ad ref')`);
    owner.child.kill("SIGKILL");
    await new Promise((resolve) => owner.child.once("exit", resolve));
    expect(alive(owner.pid)).toBe(true); // the orphan is still there, holding postmaster.pid

    const next = await startEmbeddedPostgres({ dataDir });
    expect(alive(owner.pid)).toBe(false);
    expect(await sql(next.url, `SELECT note FROM kept`)).toEqual([{ note: "OP3 ad ref" }]);
    await next.stop();
  });

  it("starts over a stale postmaster.pid whose process is gone", async () => {
    const dataDir = await tempDataDir();
    const first = await startEmbeddedPostgres({ dataDir });
    await first.stop();
    // What a crash of the whole machine leaves: a pid file naming a process that no longer exists.
    await writeFile(path.join(dataDir, "postgres", "postmaster.pid"), "999999\n/nowhere\n");
    const second = await startEmbeddedPostgres({ dataDir });
    expect(await sql(second.url, "SELECT 1 AS ok")).toEqual([{ ok: 1 }]);
    await second.stop();
  });

  it("stops cleanly when its owner receives SIGTERM", async () => {
    const dataDir = await tempDataDir();
    const owner = await startInChild(dataDir);
    owner.child.kill("SIGTERM");
    const code = await new Promise((resolve) => owner.child.once("exit", resolve));
    expect(code).toBe(0);
    expect(alive(owner.pid)).toBe(false);
  });
});
