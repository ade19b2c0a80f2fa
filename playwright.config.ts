// End-to-end tests in Debian's Chromium (never a downloaded browser) against the real app,
// started the way `npm start` starts it, on the embedded PostgreSQL in a throwaway directory.
import { existsSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { defineConfig } from "@playwright/test";

const port = Number(process.env.E2E_PORT ?? 3100);
export const e2eDataDir = path.join(os.tmpdir(), `concord-e2e-${port}`);
const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
if (!existsSync(chromium)) {
  throw new Error(`No Chromium at ${chromium}: install Debian's (apt-get install -y chromium) or set CHROMIUM_PATH.`);
}

export default defineConfig({
  testDir: "e2e",
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL: `http://localhost:${port}`,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: chromium,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  projects: [{ name: "chromium", use: { browserName: "chromium", viewport: { width: 1366, height: 800 } } }],
  webServer: {
    // A fresh data directory each run: a first start on an empty machine, seeding included.
    command: `rm -rf ${e2eDataDir} && node --import tsx server/main.ts`,
    url: `http://localhost:${port}/api/health`,
    timeout: 240_000, // includes a production build when the sources changed
    reuseExistingServer: false,
    stdout: "pipe",
    gracefulShutdown: { signal: "SIGTERM", timeout: 30_000 },
    env: {
      PORT: String(port),
      DATA_DIR: e2eDataDir,
      DATABASE_URL: "", // always the embedded PostgreSQL: the path a newcomer's laptop takes
      NEXTAUTH_URL: `http://localhost:${port}`,
    },
  },
});
