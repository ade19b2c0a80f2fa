import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  // The app's own import alias (tsconfig.json "paths"), for tests that call route handlers.
  resolve: { alias: { "@": path.resolve(import.meta.dirname) } },
  test: {
    projects: [
      {
        // Pure logic beside the code: no database, no network.
        extends: true,
        test: {
          name: "unit",
          include: ["lib/**/*.test.ts", "server/**/*.test.ts", "components/**/*.test.ts"],
          exclude: ["**/*.int.test.ts"],
        },
      },
      {
        // Against a real PostgreSQL: DATABASE_URL's server when set, an embedded one otherwise.
        extends: true,
        test: {
          name: "integration",
          include: ["server/**/*.int.test.ts"],
          globalSetup: ["server/test-support/postgres-global-setup.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
