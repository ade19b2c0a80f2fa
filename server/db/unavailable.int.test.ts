// With PostgreSQL gone or hung, API routes answer 503 at once instead of a 500 or a 30-second
// hang: real connections to a real unused port, to a TCP server that accepts and never answers
// (as a hung PostgreSQL does), and a real statement that runs past the timeout.
import net from "node:net";
import type { AddressInfo } from "node:net";
import { afterAll, describe, expect, it } from "vitest";
import { apiError } from "../http/api-error";
import { createTestDatabase } from "../test-support/test-database";
import { createDatabase } from "./client";

const UNAVAILABLE = {
  error: "unavailable",
  message: "The database is not answering. Try again in a moment.",
};

async function unusedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** Accepts connections and never says a word, like a PostgreSQL that hangs. */
async function silentServer(): Promise<{ port: number; close(): void }> {
  const sockets = new Set<net.Socket>();
  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.on("error", () => {});
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    port: (server.address() as AddressInfo).port,
    close: () => {
      for (const socket of sockets) socket.destroy();
      server.close();
    },
  };
}

async function answerTo(work: () => Promise<unknown>): Promise<{ status: number; body: unknown; ms: number }> {
  const started = Date.now();
  try {
    await work();
  } catch (error) {
    const response = apiError(error);
    return { status: response.status, body: await response.json(), ms: Date.now() - started };
  }
  throw new Error("the query was expected to fail");
}

describe("database unavailability at the API's edge", () => {
  it("answers 503 when nothing listens on the database's port", async () => {
    const db = createDatabase(`postgresql://postgres@127.0.0.1:${await unusedPort()}/postgres`);
    afterAll(() => db.$disconnect());
    const viaPrisma = await answerTo(() => db.user.count());
    expect(viaPrisma).toMatchObject({ status: 503, body: UNAVAILABLE });
    const viaSql = await answerTo(() => db.$queryRaw`SELECT 1`);
    expect(viaSql).toMatchObject({ status: 503, body: UNAVAILABLE });
  });

  it("answers 503 within seconds when the database accepts connections and never answers", async () => {
    const hung = await silentServer();
    const db = createDatabase(`postgresql://postgres@127.0.0.1:${hung.port}/postgres`);
    afterAll(async () => {
      hung.close();
      await db.$disconnect();
    });
    const answer = await answerTo(() => db.user.count());
    expect(answer).toMatchObject({ status: 503, body: UNAVAILABLE });
    expect(answer.ms).toBeLessThan(10_000);
  }, 40_000);

  it("stops a statement that runs past the statement timeout and answers 503", async () => {
    const { url } = await createTestDatabase({ empty: true });
    const db = createDatabase(url, { statementTimeoutMs: 500 });
    afterAll(() => db.$disconnect());
    const answer = await answerTo(() => db.$queryRaw`SELECT pg_sleep(30)`);
    expect(answer).toMatchObject({ status: 503, body: UNAVAILABLE });
    expect(answer.ms).toBeLessThan(5_000);
    // The pool is still good for the next query.
    expect(await db.$queryRaw`SELECT 1 AS one`).toEqual([{ one: 1 }]);
  }, 40_000);
});
