// Writes prisma/migrations/<timestamp>_<name>/migration.sql: the SQL that takes the schema as
// committed at git HEAD to prisma/schema.prisma as it is now.
//
// Why not `prisma migrate dev`: Prisma 7's CLI downloads a native schema engine, which machines
// without internet cannot do. Prisma 6.19 (installed as the dev dependency `prisma6`) diffs two
// schema files with its WebAssembly engine, offline. Review the SQL before committing it.
//
//   npm run db:migration -- add_comment_threads
//
// Needs some reachable Postgres (DATABASE_URL, or the service at 127.0.0.1:5432).
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("Usage: npm run db:migration -- <snake_case_name>");
  process.exit(2);
}

const root = path.resolve(import.meta.dirname, "..");
// Inside node_modules so that the temporary Prisma config can import packages.
const cache = path.join(root, "node_modules/.cache");
mkdirSync(cache, { recursive: true });
const work = mkdtempSync(path.join(cache, "concord-migration-"));

// Prisma 6 still wants a url in the datasource block; it is never used for a file-to-file diff.
const withUrl = (schema: string) => schema.replace(/provider\s*=\s*"postgresql"/, '$&\n  url = "postgresql://unused"');

function committedSchema(): string | null {
  try {
    return execFileSync("git", ["show", "HEAD:prisma/schema.prisma"], {
      cwd: root,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
    });
  } catch {
    return null;
  }
}

const toFile = path.join(work, "to.prisma");
writeFileSync(toFile, withUrl(readFileSync(path.join(root, "prisma/schema.prisma"), "utf8")));
const from = committedSchema();
const fromArgs = from === null ? ["--from-empty"] : ["--from-schema-datamodel", path.join(work, "from.prisma")];
if (from !== null) writeFileSync(path.join(work, "from.prisma"), withUrl(from));

const adapterUrl = process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const configFile = path.join(work, "prisma.config.ts");
writeFileSync(
  configFile,
  // The WebAssembly engine needs a driver adapter in the config. It connects once at start
  // (any reachable Postgres will do) but a file-to-file diff reads nothing from it.
  `import { PrismaPg } from "@prisma/adapter-pg";\n` +
    `export default {\n` +
    `  experimental: { adapter: true },\n  engine: "js",\n  schema: ${JSON.stringify(toFile)},\n` +
    `  adapter: async () => new PrismaPg({ connectionString: ${JSON.stringify(adapterUrl)} }),\n};\n`,
);

let sql: string;
try {
  sql = execFileSync(
    process.execPath,
    [
      path.join(root, "node_modules/prisma6/build/index.js"),
      "migrate",
      "diff",
      "--config",
      configFile,
      ...fromArgs,
      "--to-schema-datamodel",
      toFile,
      "--script",
    ],
    {
      cwd: work,
      encoding: "utf8",
      // Point the engines at an existing file so that Prisma does not try to download them.
      env: { ...process.env, PRISMA_QUERY_ENGINE_LIBRARY: "/bin/false", PRISMA_SCHEMA_ENGINE_BINARY: "/bin/false" },
    },
  );
} catch (error) {
  console.error((error as { stderr?: string }).stderr ?? error);
  process.exit(1);
} finally {
  rmSync(work, { recursive: true, force: true });
}

if (/^-- This is an empty migration\./m.test(sql)) {
  console.log("The schema has not changed since HEAD: nothing to write.");
  process.exit(0);
}
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const dir = path.join(root, "prisma/migrations", `${stamp}_${name}`);
mkdirSync(dir, { recursive: true });
writeFileSync(path.join(dir, "migration.sql"), sql.replace(/^Loaded Prisma config.*\n/m, ""));
console.log(`Wrote ${path.relative(root, dir)}/migration.sql`);
