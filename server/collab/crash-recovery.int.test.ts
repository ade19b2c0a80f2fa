// kill -9 of the collaboration server loses nothing that another client had received: the
// server writes to Postgres before it broadcasts.
import { spawn, type ChildProcess } from "node:child_process";
import net from "node:net";
import readline from "node:readline";
import { afterAll, describe, expect, it } from "vitest";
import { COLLAB_PATH } from "./collab-server";
import { connectClient, eventually, synced, tokenFor, typeInOpenParagraph } from "../test-support/collab-harness";
import { createTestDatabase } from "../test-support/test-database";

const children = new Set<ChildProcess>();
afterAll(() => children.forEach((child) => child.kill("SIGKILL")));

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function startServerProcess(databaseUrl: string, port: number): Promise<ChildProcess> {
  const child = spawn(
    process.execPath,
    ["--import", "tsx", "server/test-support/collab-server-child.ts", databaseUrl, String(port)],
    {
      stdio: ["ignore", "pipe", "inherit"],
    },
  );
  children.add(child);
  for await (const line of readline.createInterface({ input: child.stdout! })) if (line === "ready") break;
  return child;
}

describe("a killed collaboration server", () => {
  it("comes back with everything other clients had received", async () => {
    const { db, url: databaseUrl } = await createTestDatabase();
    const port = await freePort();
    const url = `ws://127.0.0.1:${port}${COLLAB_PATH}`;
    const draft = (await db.document.findFirstOrThrow({ where: { symbol: "CICA/SOC/2022/2" } })).id;

    let server = await startServerProcess(databaseUrl, port);
    const writer = connectClient(url, draft, await tokenFor(db, "kz@concord.test", draft));
    const witness = connectClient(url, draft, await tokenFor(db, "ru@concord.test", draft));
    await Promise.all([synced(writer), synced(witness)]);
    for (let i = 0; i < 20; i += 1) typeInOpenParagraph(writer, ` w${i}`);
    await eventually(() => witness.text().includes(" w19"));
    const seen = witness.text();

    server.kill("SIGKILL");
    await new Promise((resolve) => server.once("exit", resolve));
    writer.destroy(); // the writer is gone for good: only the server's copy can bring its words back
    witness.destroy();

    server = await startServerProcess(databaseUrl, port);
    const latecomer = connectClient(url, draft, await tokenFor(db, "cn@concord.test", draft));
    await synced(latecomer);
    expect(latecomer.text()).toBe(seen);
    latecomer.destroy();
    server.kill("SIGTERM");
  });
});
