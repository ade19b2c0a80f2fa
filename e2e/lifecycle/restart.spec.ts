// The foundation's promise on a laptop without PostgreSQL: start, Ctrl-C, start again — the data
// is still there and no postgres process was left behind; and a killed app does not break the
// next start.
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { expect, request as playwrightRequest, test } from "@playwright/test";
import WebSocket from "ws";
import { killAllLaunched, launch, processesUsing } from "../support/launcher";
import { signInWithApi } from "../support/sign-in";

const port = 3190;
const baseURL = `http://localhost:${port}`;
let dataDir: string;

test.beforeAll(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), "concord-restart-"));
});
test.afterAll(async () => {
  killAllLaunched();
  for (const pid of processesUsing(path.join(dataDir, "postgres"))) process.kill(pid, "SIGQUIT");
  await rm(dataDir, { recursive: true, force: true });
});

test("start, Ctrl-C, start again, kill -9, start again: nothing lost, nothing left running", async () => {
  test.setTimeout(180_000);
  const env = { PORT: String(port), DATA_DIR: dataDir, DATABASE_URL: "", NEXTAUTH_URL: baseURL };

  // First start on an empty machine: the demo forum is seeded.
  const first = await launch(env);
  expect(first.output.join("\n")).toContain("Seeded the demo forum: 27 Member States, 31 accounts, 6 drafts.");
  const api = await playwrightRequest.newContext({ baseURL });
  await signInWithApi(api, "kz@concord.test");
  const before = await (await api.get("/api/documents")).json();
  expect(before).toHaveLength(6);

  // Someone is editing when Ctrl-C comes: they are told the server is going, and it still stops.
  const draftId = (before as { id: string }[])[0]!.id;
  const ticket = await (await api.post(`/api/documents/${draftId}/collab-token`)).json();
  expect(ticket).toMatchObject({
    url: `ws://localhost:${port}/collab`,
    room: draftId,
    field: "default",
    canEdit: true,
  });
  const editor = new WebSocket(`${ticket.url}/${ticket.room}?token=${ticket.params.token}`);
  const editorClosed = new Promise<number>((resolve) => editor.on("close", (code) => resolve(code)));
  await new Promise((resolve) => editor.once("message", resolve)); // the server's sync step 1

  first.process.kill("SIGINT");
  expect(await first.exited).toBe(0);
  expect(await editorClosed).toBe(4503);
  expect(processesUsing(path.join(dataDir, "postgres"))).toEqual([]);

  // Second start: same data, no second seeding, and the session from before is still valid.
  const second = await launch(env);
  expect(second.output.join("\n")).not.toContain("Seeded the demo forum");
  expect(await (await api.get("/api/documents")).json()).toEqual(before);

  // A crash: the app dies without a chance to stop its database.
  second.process.kill("SIGKILL");
  await second.exited;
  expect(processesUsing(path.join(dataDir, "postgres")).length).toBeGreaterThan(0);

  const third = await launch(env);
  expect(await (await api.get("/api/documents")).json()).toEqual(before);
  third.process.kill("SIGTERM");
  expect(await third.exited).toBe(0);
  expect(processesUsing(path.join(dataDir, "postgres"))).toEqual([]);
  await api.dispose();
});
