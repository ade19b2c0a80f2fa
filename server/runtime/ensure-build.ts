// `npm start` serves a production build. It builds when there is none, or when a source file is
// newer than the build, so that a fresh checkout or a `git pull` just works.
import { spawn } from "node:child_process";
import { readdir, stat } from "node:fs/promises";
import path from "node:path";

const SOURCES = ["app", "components", "lib", "server", "next.config.js", "package-lock.json", "proxy.ts"];
const SKIP = new Set(["node_modules", "generated", ".next"]);
const TEST_FILE = /\.(test|spec)\.tsx?$/; // not part of the build

async function newestChange(entry: string): Promise<number> {
  const info = await stat(entry).catch(() => null);
  if (!info) return 0;
  if (!info.isDirectory()) return info.mtimeMs;
  const children = await readdir(entry);
  const times = await Promise.all(
    children
      .filter((child) => !SKIP.has(child) && !TEST_FILE.test(child))
      .map((child) => newestChange(path.join(entry, child))),
  );
  return Math.max(info.mtimeMs, ...times);
}

export async function buildIsCurrent(root: string): Promise<boolean> {
  const built = await stat(path.join(root, ".next/BUILD_ID")).catch(() => null);
  if (!built) return false;
  const times = await Promise.all(SOURCES.map((entry) => newestChange(path.join(root, entry))));
  return Math.max(...times) <= built.mtimeMs;
}

export async function ensureBuild(root: string, log: (line: string) => void): Promise<void> {
  if (await buildIsCurrent(root)) return;
  log("Building Concord for production (first start or changed sources; about a minute)…");
  await new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(root, "node_modules/next/dist/bin/next"), "build"], {
      cwd: root,
      stdio: "inherit",
      env: { ...process.env, NODE_ENV: "production" },
    });
    child.on("error", reject);
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`next build failed (exit ${code})`))));
  });
}
