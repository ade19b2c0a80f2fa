// `npm run collab`: the collaboration server as a process of its own, as production may run it.
import { spawn } from "node:child_process";
import net from "node:net";
import readline from "node:readline";
import { describe, expect, it } from "vitest";
import { DRAFT_FIELD } from "../../lib/editor/extensions";
import {
  connectClient,
  eventually,
  fragmentText,
  synced,
  TEST_SECRET,
  tokenFor,
  typeInOpenParagraph,
} from "../test-support/collab-harness";
import { createTestDatabase } from "../test-support/test-database";
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
