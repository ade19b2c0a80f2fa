// `npm run collab`: the collaboration server as a process of its own, as production may run it.
import { spawn } from "node:child_process";
import net from "node:net";
import readline from "node:readline";
import { describe, expect, it } from "vitest";
import { DRAFT_FIELD } from "../../lib/editor/extensions";
import { CloseCode } from "../../lib/collab/close-codes";
import {
  connectClient,
  eventually,
  fragmentText,
  rawSocket,
  synced,
  TEST_SECRET,
  tokenFor,
  typeInOpenParagraph,
} from "../test-support/collab-harness";
import { createTestDatabase } from "../test-support/test-database";
import { upgradeRequest } from "../test-support/upgrade-request";
import { loadDocument } from "./load-document";

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe("npm run collab", () => {
  it("serves drafts on its own port, answers its health check, and saves everything on SIGTERM", async () => {
    const { db, url: databaseUrl } = await createTestDatabase();
    const port = await freePort();
    const child = spawn(process.execPath, ["--import", "tsx", "server/collab-main.ts"], {
      env: {
        ...process.env,
        DATABASE_URL: databaseUrl,
        NEXTAUTH_SECRET: TEST_SECRET,
        COLLAB_PORT: String(port),
        HOST: "127.0.0.1",
      },
      stdio: ["ignore", "pipe", "inherit"],
    });
    const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));
    for await (const line of readline.createInterface({ input: child.stdout! })) if (line.includes("listening")) break;

    const health = await fetch(`http://127.0.0.1:${port}/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: "ok", db: "ok" });

    const draft = (await db.document.findFirstOrThrow({ where: { symbol: "CICA/SWG/2022/1" } })).id;
    const client = connectClient(`ws://127.0.0.1:${port}/collab`, draft, await tokenFor(db, "kz@concord.test", draft));
    await synced(client);
    typeInOpenParagraph(client, " [from the standalone server]");
    const closes: number[] = [];
    client.provider.on("connection-close", (event) => closes.push(event?.code ?? 0));
    await new Promise((resolve) => setTimeout(resolve, 50));

    child.kill("SIGTERM");
    expect(await exited).toBe(0);
    await eventually(() => closes.includes(4503), 5000, "the shutdown close code");
    client.destroy();
    const { doc } = await loadDocument(db, draft);
    expect(fragmentText(doc.getXmlFragment(DRAFT_FIELD))).toContain("[from the standalone server]");
  });

  it("closes only the sender of a short state vector (4400), refuses upgrades it does not serve, and keeps serving everyone else", async () => {
    const { db, url: databaseUrl } = await createTestDatabase();
    const port = await freePort();
    const child = spawn(process.execPath, ["--import", "tsx", "server/collab-main.ts"], {
      env: {
        ...process.env,
        DATABASE_URL: databaseUrl,
        NEXTAUTH_SECRET: TEST_SECRET,
        COLLAB_PORT: String(port),
        HOST: "127.0.0.1",
      },
      stdio: ["ignore", "pipe", "inherit"],
    });
    let exitCode: number | null | undefined;
    const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));
    void exited.then((code) => (exitCode = code));
    for await (const line of readline.createInterface({ input: child.stdout! })) if (line.includes("listening")) break;

    const url = `ws://127.0.0.1:${port}/collab`;
    const draft = (await db.document.findFirstOrThrow({ where: { symbol: "CICA/SWG/2022/1" } })).id;
    const delegate = connectClient(url, draft, await tokenFor(db, "kz@concord.test", draft));
    await synced(delegate);
    const closes: number[] = [];
    delegate.provider.on("connection-close", (event) => closes.push(event?.code ?? 0));

    const observer = rawSocket(url, draft, await tokenFor(db, "observer@concord.test", draft));
    await observer.opened;
    observer.socket.send(Uint8Array.of(0, 0, 1, 5)); // sync step 1: "5 entries", then nothing
    const timeout = new Promise<never>((_resolve, reject) => setTimeout(() => reject(new Error("no close")), 5000));
    expect((await Promise.race([observer.closed, timeout])).code).toBe(CloseCode.MalformedMessage);

    typeInOpenParagraph(delegate, " [after the short state vector]");
    await eventually(
      async () => fragmentText((await loadDocument(db, draft)).doc.getXmlFragment(DRAFT_FIELD)).includes("[after"),
      5000,
      "the delegate's change in Postgres",
    );
    expect(exitCode).toBeUndefined();
    expect(closes).toEqual([]);
    expect((await fetch(`http://127.0.0.1:${port}/health`)).status).toBe(200);
    // An upgrade it does not serve is answered and closed, never held.
    expect(await upgradeRequest(port, "/")).toMatch(/^HTTP\/1\.1 404 /);

    child.kill("SIGTERM");
    expect(await exited).toBe(0);
    delegate.destroy();
  });

  it("refuses to start without the web app's secret and a database", async () => {
    const child = spawn(process.execPath, ["--import", "tsx", "server/collab-main.ts"], {
      env: { ...process.env, DATABASE_URL: "", NEXTAUTH_SECRET: "", COLLAB_PORT: "1" },
      stdio: ["ignore", "ignore", "pipe"],
    });
    let errors = "";
    child.stderr!.on("data", (chunk) => (errors += chunk));
    expect(await new Promise((resolve) => child.once("exit", resolve))).toBe(1);
    expect(errors).toContain("NEXTAUTH_SECRET is required");
    expect(errors).toContain("DATABASE_URL is required");
  });
});
