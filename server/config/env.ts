// The one place that reads configuration from the environment. Every problem is reported at
// once, so that an operator fixes a deployment in one go rather than one variable per restart.
import { z } from "zod";

const booleanFlag = z
  .enum(["0", "1", "true", "false"])
  .optional()
  .transform((value) => value === "1" || value === "true");

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().min(1).default("0.0.0.0"),
  /** Unset: Concord starts its own embedded PostgreSQL with its data under DATA_DIR. */
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "must be a postgresql:// connection URL")
    .optional(),
  /** Where local state lives: the embedded database, the generated auth secret. */
  DATA_DIR: z.string().min(1).default(".data"),
  /** Signs session cookies. Generated under DATA_DIR when absent, except in production. */
  NEXTAUTH_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
  /** The public URL of the app, used by next-auth for redirects. */
  NEXTAUTH_URL: z.url().optional(),
  /** Where browsers reach the collaboration server; by default the app's own URL, path /collab. */
  COLLAB_URL: z
    .string()
    .regex(/^wss?:\/\//, "must be a ws:// or wss:// URL")
    .optional(),
  /** `npm run collab` only: the port of a collaboration server run apart from the web app. */
  COLLAB_PORT: z.coerce.number().int().min(1).max(65535).default(3001),
  /** Seed the demo forum into an empty database. Always on outside production. */
  SEED_DEMO: booleanFlag,
  /** Take the client address from X-Forwarded-For (only behind a proxy you control). */
  TRUST_PROXY: booleanFlag,
  /** Mail invitation links through this server (smtp:// or smtps://); unset, they are shown to the secretariat only. */
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, "must be an smtp:// or smtps:// URL")
    .optional(),
});

export type Env = z.infer<typeof schema>;

export class ConfigurationError extends Error {
  constructor(readonly problems: string[]) {
    super(`Concord cannot start; fix its configuration:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "ConfigurationError";
  }
}

/** Parses the given environment (process.env by default); throws listing every problem. */
export function parseEnv(source: Record<string, string | undefined> = process.env): Env {
  // Empty strings mean "unset" for every variable, as in most deployment tools.
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== ""));
  const result = schema.safeParse(cleaned);
  const problems = result.success
    ? []
    : result.error.issues.map((issue) => `${issue.path.join(".") || "environment"} ${issue.message}`);
  // Checked apart from the schema so that it is reported together with any other problem.
  if (cleaned.NODE_ENV === "production" && !cleaned.NEXTAUTH_SECRET) {
    problems.push("NEXTAUTH_SECRET is required in production (e.g. `openssl rand -base64 32`)");
  }
  if (!result.success || problems.length > 0) throw new ConfigurationError(problems);
  return result.data;
}

let cached: Env | undefined;

/** The validated environment of this process. */
export function env(): Env {
  cached ??= parseEnv();
  return cached;
}
