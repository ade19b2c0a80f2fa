import { describe, expect, it } from "vitest";
import { ConfigurationError, parseEnv } from "./env";

describe("parseEnv", () => {
  it("fills defaults for a bare development environment", () => {
    const env = parseEnv({});
    expect(env.PORT).toBe(3000);
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.DATA_DIR).toBe(".data");
    expect(env.SEED_DEMO).toBe(false);
  });

  it("lists every problem at once", () => {
    let error: unknown;
    try {
      parseEnv({ NODE_ENV: "production", PORT: "eighty", DATABASE_URL: "mysql://x" });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigurationError);
    const problems = (error as ConfigurationError).problems.join("\n");
    expect(problems).toMatch(/^PORT /m);
    expect(problems).toMatch(/^DATABASE_URL must be a postgresql/m);
    expect(problems).toMatch(/^NEXTAUTH_SECRET is required in production/m);
  });

  it("treats empty strings as unset", () => {
    expect(parseEnv({ DATABASE_URL: "", PORT: "" }).DATABASE_URL).toBeUndefined();
  });

  it("accepts a complete production environment", () => {
    const env = parseEnv({
      NODE_ENV: "production",
      DATABASE_URL: "postgresql://concord@db/concord",
      NEXTAUTH_SECRET: "x".repeat(40),
      SEED_DEMO: "1",
      PORT: "8080",
    });
    expect(env).toMatchObject({ PORT: 8080, SEED_DEMO: true });
  });
});
