// A change another process stores (a restore, a revision issued from the web app) reaches the
// editors of a draft open here through the bus — also when it was stored while the bus's
// connection was down: the room catches up once the bus listens again.
import * as Y from "yjs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DRAFT_FIELD } from "../../lib/editor/extensions";
import type { Database } from "../db/client";
import { PostgresBus } from "../events/postgres-bus";
import {
  connectClient,
  eventually,
  startCollab,
  synced,
  tokenFor,
  type RunningCollab,
} from "../test-support/collab-harness";
import { dropListeners } from "../test-support/drop-listeners";
import { createTestDatabase } from "../test-support/test-database";
import { loadDocument } from "./load-document";
import { storeChange } from "./server-change";

let db: Database;
let bus: PostgresBus;
let collab: RunningCollab;
let draftId: string;

beforeAll(async () => {
  const created = await createTestDatabase();
  db = created.db;
  bus = new PostgresBus(created.url, { retryMs: 300 });
  collab = await startCollab(db, { bus });
  draftId = (await db.document.findFirstOrThrow({ where: { symbol: "CICA/SWG/2022/1" } })).id;
});
afterAll(async () => {
  await collab.stop();
  await bus.close();
});

/** Stores, as another process would, a new first paragraph saying `words`. */
async function storeElsewhere(words: string): Promise<void> {
  const { doc } = await loadDocument(db, draftId);
  await storeChange(db, draftId, null, doc, (stored) => {
    const paragraph = new Y.XmlElement("paragraph");
    paragraph.insert(0, [new Y.XmlText(words)]);
    stored.getXmlFragment(DRAFT_FIELD).insert(0, [paragraph]);
  });
  doc.destroy();
}

describe("changes stored by another process", () => {
  it("reach the open editors live, and after the bus's connection dropped", async () => {
    const client = connectClient(collab.url, draftId, await tokenFor(db, "kz@concord.test", draftId));
    await synced(client);
    await eventually(() => bus.connected, 5000, "the collaboration server listens");

    await storeElsewhere("Stored while listening.");
    await eventually(() => client.text().includes("Stored while listening."), 3000, "a live stored change");

    expect(await dropListeners(db)).toBeGreaterThan(0);
    await storeElsewhere("Stored while nobody listened.");
    await eventually(() => client.text().includes("Stored while nobody listened."), 5000, "the caught-up change");
    client.destroy();
  });
});
