// `npm start` against a database it cannot use stops at once with one sentence an operator can
// act on (which host and port, what to check), not a stack trace, and a non-zero exit code.
// Real processes: Concord's own entry point, a port where nothing listens, and a TCP server that
// accepts connections and never answers, as a hung PostgreSQL does.
import { spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import net from "node:net";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");

async function unusedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

async function start(databaseUrl: string): Promise<{ code: number | null; output: string; ms: number }> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), "concord-start-"));
  afterAll(() => rm(dataDir, { recursive: true, force: true }));
  const started = Date.now();
  const child = spawn(process.execPath, ["--import", "tsx", "server/main.ts"], {
    cwd: root,
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      DATA_DIR: dataDir,
      PORT: String(await unusedPort()),
      NEXTAUTH_SECRET: "x".repeat(32),
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const timer = setTimeout(() => child.kill("SIGKILL"), 40_000);
  const code = await new Promise<number | null>((resolve) => child.on("exit", (exitCode) => resolve(exitCode)));
  clearTimeout(timer);
  return { code, output, ms: Date.now() - started };
}

describe("starting against a database that cannot be used", () => {
  it("names the host and port when nothing listens there, and exits non-zero", async () => {
    const port = await unusedPort();
    const { code, output } = await start(`postgresql://postgres:secret@127.0.0.1:${port}/postgres`);
    expect(code).toBe(1);
    expect(output).toContain(
      `Concord cannot reach PostgreSQL at 127.0.0.1:${port} (nothing accepts connections there). ` +
        "Check that PostgreSQL is running and that DATABASE_URL names the right host and port.",
    );
    expect(output).not.toMatch(/\n\s+at /); // no stack trace
    expect(output).not.toContain("secret"); // nor the password
  }, 60_000);

  it("gives up on a database that accepts connections and never answers", async () => {
    const sockets = new Set<net.Socket>();
    const hung = net.createServer((socket) => void sockets.add(socket.on("error", () => {})));
    await new Promise<void>((resolve) => hung.listen(0, "127.0.0.1", resolve));
    const { port } = hung.address() as AddressInfo;
    afterAll(() => {
      for (const socket of sockets) socket.destroy();
      hung.close();
    });
    const { code, output, ms } = await start(`postgresql://postgres@127.0.0.1:${port}/postgres`);
    expect(code).toBe(1);
    expect(output).toContain(
      `Concord cannot reach PostgreSQL at 127.0.0.1:${port} (it did not answer within 5 seconds). ` +
        "Check that PostgreSQL is running and that DATABASE_URL names the right host and port.",
    );
    expect(output).not.toMatch(/\n\s+at /);
    expect(ms).toBeLessThan(30_000);
  }, 60_000);
});
