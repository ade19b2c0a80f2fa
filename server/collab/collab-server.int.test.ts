import { beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { CloseCode } from "../../lib/collab/close-codes";
import type { Database } from "../db/client";
import {
  connectClient,
  eventually,
  rawSocket,
  startCollab,
  synced,
  TEST_SECRET,
  tokenFor,
  typeInOpenParagraph,
  type RunningCollab,
} from "../test-support/collab-harness";
import { createTestDatabase } from "../test-support/test-database";
import { issueCollabToken } from "./collab-token";

let db: Database;
let collab: RunningCollab;
let draftId: string;
let otherDraftId: string;

beforeAll(async () => {
  ({ db } = await createTestDatabase());
  collab = await startCollab(db);
  draftId = (await db.document.findFirstOrThrow({ where: { symbol: "CICA/SWG/2022/3" } })).id;
  otherDraftId = (await db.document.findFirstOrThrow({ where: { symbol: "CICA/SWG/2022/1" } })).id;
});

const updateRows = () => db.documentUpdate.count({ where: { documentId: draftId } });

describe("live co-editing", () => {
  it("serves the seeded draft, and two delegates' typing converges", async () => {
    const kz = connectClient(collab.url, draftId, await tokenFor(db, "kz@concord.test", draftId));
    const ru = connectClient(collab.url, draftId, await tokenFor(db, "ru@concord.test", draftId));
    await Promise.all([synced(kz), synced(ru)]);
    expect(kz.text()).toContain("Recognizing that information and communication technologies");
    expect(kz.text()).toBe(ru.text());

    typeInOpenParagraph(kz, " [KZ text]");
    typeInOpenParagraph(ru, " [RU text]");
    await eventually(
      () => kz.text() === ru.text() && kz.text().includes("[KZ text]") && kz.text().includes("[RU text]"),
    );
    kz.destroy();
    ru.destroy();
  });

  it("gives a latecomer everything, and the database holds each change before anyone else sees it", async () => {
    const writer = connectClient(collab.url, draftId, await tokenFor(db, "cn@concord.test", draftId));
    const reader = connectClient(collab.url, draftId, await tokenFor(db, "in@concord.test", draftId));
    await Promise.all([synced(writer), synced(reader)]);

    const before = await updateRows();
    let rowsWhenSeen = -1;
    reader.doc.on("update", (_update: Uint8Array, origin: unknown) => {
      if (origin === reader.provider && rowsWhenSeen < 0) void updateRows().then((n) => (rowsWhenSeen = n));
    });
    typeInOpenParagraph(writer, " durable");
    await eventually(() => reader.text().includes(" durable") && rowsWhenSeen >= 0);
    expect(rowsWhenSeen).toBeGreaterThan(before);

    const latecomer = connectClient(collab.url, draftId, await tokenFor(db, "tr@concord.test", draftId));
    await synced(latecomer);
    await eventually(() => latecomer.text() === writer.text());
    for (const client of [writer, reader, latecomer]) client.destroy();
  });

  it("lets an observer watch but neither persists nor relays an observer's change", async () => {
    const delegate = connectClient(collab.url, draftId, await tokenFor(db, "pk@concord.test", draftId));
    const observer = connectClient(collab.url, draftId, await tokenFor(db, "observer@concord.test", draftId));
    await Promise.all([synced(delegate), synced(observer)]);
    const room = collab.server.rooms().get(draftId)!;
    const refusedBefore = room.refusedUpdates;
    const rowsBefore = await updateRows();

    typeInOpenParagraph(observer, " OBSERVER WAS HERE");
    await eventually(() => room.refusedUpdates > refusedBefore, 5000, "the refusal");
    typeInOpenParagraph(delegate, " after");
    await eventually(() => observer.text().includes(" after"), 5000, "the delegate's change at the observer");

    expect(delegate.text()).not.toContain("OBSERVER WAS HERE");
    expect(await updateRows()).toBe(rowsBefore + 1); // the delegate's change only
    const rows = await db.documentUpdate.findMany({ where: { documentId: draftId } });
    const stored = new Y.Doc();
    for (const row of rows) Y.applyUpdate(stored, row.update);
    expect(JSON.stringify(stored.getXmlFragment("default").toJSON())).not.toContain("OBSERVER");
    delegate.destroy();
    observer.destroy();
  });

  it("shows every connection who is there, under the identity the server knows", async () => {
    const kz = connectClient(collab.url, draftId, await tokenFor(db, "kz2@concord.test", draftId));
    kz.provider.awareness.setLocalStateField("user", { name: "The Chair", state: null });
    const ru = connectClient(collab.url, draftId, await tokenFor(db, "ru@concord.test", draftId));
    ru.provider.awareness.setLocalStateField("cursor", null);
    await eventually(() => [...ru.provider.awareness.getStates().values()].some((s) => s.user?.state === "KZ"));
    const seen = [...ru.provider.awareness.getStates().values()].map((s) => s.user).filter(Boolean);
    expect(seen).toContainEqual(
      expect.objectContaining({ name: "Second Delegate of Kazakhstan", state: "KZ", role: "DELEGATE" }),
    );
    expect(seen.map((user) => user.name)).not.toContain("The Chair");
    kz.destroy();
    ru.destroy();
  });
});

describe("refusals", () => {
  it.each([
    ["no token", undefined, CloseCode.Unauthenticated, "token missing"],
    ["a forged token", "eyJkb2MiOiJ4In0.c2lnbmF0dXJl", CloseCode.Unauthenticated, "token forged"],
  ])("closes a connection with %s", async (_name, token, code, reason) => {
    const { closed } = rawSocket(collab.url, draftId, token);
    expect(await closed).toEqual({ code, reason });
  });

  it("closes a connection with an expired token", async () => {
    const token = await tokenFor(db, "kz@concord.test", draftId, Date.now() - 301_000);
    expect(await rawSocket(collab.url, draftId, token).closed).toEqual({
      code: CloseCode.Unauthenticated,
      reason: "token expired",
    });
  });

  it("closes a connection whose token is for another draft", async () => {
    const token = await tokenFor(db, "kz@concord.test", otherDraftId);
    expect(await rawSocket(collab.url, draftId, token).closed).toEqual({
      code: CloseCode.Forbidden,
      reason: "token is for another draft",
    });
  });

  it("closes a connection to a draft that does not exist", async () => {
    const missing = "00000000-0000-4000-8000-000000000000";
    const user = await db.user.findUniqueOrThrow({ where: { email: "kz@concord.test" } });
    const { token } = issueCollabToken(
      { doc: missing, sub: user.id, name: user.name, role: "DELEGATE", state: "KZ" },
      TEST_SECRET,
    );
    expect(await rawSocket(collab.url, missing, token).closed).toEqual({
      code: CloseCode.UnknownDocument,
      reason: "no such draft",
    });
  });

  it("broadcasts nothing when Postgres refuses the write, and tells the sender", async () => {
    const { db: failingDb } = await createTestDatabase();
    const failing = await startCollab(failingDb);
    const doc = (await failingDb.document.findFirstOrThrow({ where: { symbol: "CICA/SWG/2022/3" } })).id;
    const writer = connectClient(failing.url, doc, await tokenFor(failingDb, "kz@concord.test", doc));
    const reader = connectClient(failing.url, doc, await tokenFor(failingDb, "ru@concord.test", doc));
    await Promise.all([synced(writer), synced(reader)]);
    await failingDb.$executeRawUnsafe(`
      CREATE FUNCTION refuse() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'disk full'; END $$ LANGUAGE plpgsql;
      CREATE TRIGGER refuse BEFORE INSERT ON "DocumentUpdate" FOR EACH ROW EXECUTE FUNCTION refuse();`);
    const closes: number[] = [];
    writer.provider.on("connection-close", (event) => closes.push(event?.code ?? 0));
    typeInOpenParagraph(writer, " never saved");
    await eventually(() => closes.includes(CloseCode.PersistFailed), 5000, "the 4500 close");
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(reader.text()).not.toContain("never saved");

    // Once the database takes writes again, the reconnecting writer's change arrives everywhere.
    await failingDb.$executeRawUnsafe(`DROP TRIGGER refuse ON "DocumentUpdate"`);
    await eventually(() => reader.text().includes("never saved"), 10_000, "the resent change");
    writer.destroy();
    reader.destroy();
  });
});

describe("storage", () => {
  it("compacts the update log when the last person leaves, and the text stays the same", async () => {
    const { db: ownDb } = await createTestDatabase();
    const own = await startCollab(ownDb);
    const doc = (await ownDb.document.findFirstOrThrow({ where: { symbol: "CICA/SOC/2022/5" } })).id;
    const writer = connectClient(own.url, doc, await tokenFor(ownDb, "az@concord.test", doc));
    await synced(writer);
    for (const word of [" one", " two", " three"]) typeInOpenParagraph(writer, word);
    await eventually(async () => (await ownDb.documentUpdate.count({ where: { documentId: doc } })) > 0);
    const expected = writer.text();
    writer.destroy();

    await eventually(
      async () => (await ownDb.documentUpdate.count({ where: { documentId: doc } })) === 0,
      10_000,
      "compaction",
    );
    const reader = connectClient(own.url, doc, await tokenFor(ownDb, "cn@concord.test", doc));
    await synced(reader);
    expect(reader.text()).toBe(expected);
    reader.destroy();
  });

  it("keeps everything it received across a shutdown", async () => {
    const { db: ownDb } = await createTestDatabase();
    const own = await startCollab(ownDb);
    const doc = (await ownDb.document.findFirstOrThrow({ where: { symbol: "CICA/SOC/2022/6" } })).id;
    const writer = connectClient(own.url, doc, await tokenFor(ownDb, "uz@concord.test", doc));
    await synced(writer);
    typeInOpenParagraph(writer, " last words");
    await new Promise((resolve) => setTimeout(resolve, 50)); // on the wire, maybe not yet written
    await own.stop();
    writer.destroy();

    const { loadDocument } = await import("./load-document");
    const { fragmentText } = await import("../test-support/collab-harness");
    const { doc: stored } = await loadDocument(ownDb, doc);
    expect(fragmentText(stored.getXmlFragment("default"))).toContain(" last words");
  });
});
