// Prisma CLI configuration. Only `prisma generate` is used on machines without internet
// (see README "Database"); the app itself applies migrations with server/db/migrate.ts.
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/concord" },
});
