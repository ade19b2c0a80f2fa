// Group commit: while one INSERT of a draft's updates is in flight, everything that arrives is
// collected and written by the next INSERT, in one statement. Postgres is made slow on purpose
// (a trigger that sleeps inside every INSERT) to show that keystrokes then share statements, that
// none is seen by anyone before its statement committed, and that the log keeps their order.
// Also: a compaction no longer holds up the appends of a live room.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import type { Database } from "../db/client";
import {
  connectClient,
  eventually,
  startCollab,
  synced,
  tokenFor,
  typeInOpenParagraph,
  type RunningCollab,
} from "../test-support/collab-harness";
import { createTestDatabase } from "../test-support/test-database";
import { appendUpdates } from "./append-updates";
import { compactDocument } from "./compact-document";
import { loadDocument } from "./load-document";

let db: Database;
let url: string;
let collab: RunningCollab;
let draftId: string;
let admin: pg.Client;

const SLEEP_S = 0.15;

beforeAll(async () => {
  ({ db, url } = await createTestDatabase());
  collab = await startCollab(db, { compactEveryMs: 24 * 3600_000 });
  draftId = (await db.document.findFirstOrThrow({ where: { symbol: "CICA/SWG/2022/3" } })).id;
  admin = new pg.Client({ connectionString: url });
  await admin.connect();
});

afterAll(async () => {
  await admin.end();
});

interface Statement {
  firstId: bigint;
  lastId: bigint;
  rows: number;
  /** When the statement's work was done, just before its commit (ms since the epoch). */
  doneAt: number;
}

async function statements(): Promise<Statement[]> {
  const { rows } = await admin.query<{ first_id: string; last_id: string; rows: number; done_at: string }>(
    `SELECT first_id, last_id, rows, (extract(epoch FROM done_at) * 1000)::text AS done_at
     FROM insert_log ORDER BY first_id`,
  );
  return rows.map((row) => ({
    firstId: BigInt(row.first_id),
    lastId: BigInt(row.last_id),
    rows: row.rows,
    doneAt: Number(row.done_at),
  }));
}

describe("group commit", () => {
  it("writes what arrives during a slow INSERT in one statement, durable before anyone sees it, in order", async () => {
    const writers = await Promise.all(
      ["kz@concord.test", "cn@concord.test"].map(async (email) =>
        connectClient(collab.url, draftId, await tokenFor(db, email, draftId)),
      ),
    );
    const reader = connectClient(collab.url, draftId, await tokenFor(db, "ru@concord.test", draftId));
    await Promise.all([...writers, reader].map((client) => synced(client)));

    // Every INSERT statement logs its rows and sleeps before it may commit.
    await admin.query(`
      CREATE TABLE insert_log (first_id bigint, last_id bigint, rows int, done_at timestamptz);
      CREATE FUNCTION slow_insert() RETURNS trigger AS $$
      BEGIN
        PERFORM pg_sleep(${SLEEP_S});
        INSERT INTO insert_log SELECT min(id), max(id), count(*), clock_timestamp() FROM added;
        RETURN NULL;
      END $$ LANGUAGE plpgsql;
      CREATE TRIGGER slow_insert AFTER INSERT ON "DocumentUpdate"
        REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION slow_insert();`);

    // What the reader sees, and when: each writer's clock in the reader's copy.
    const ids = writers.map((writer) => writer.doc.clientID);
    const seen: { at: number; clocks: number[] }[] = [];
    reader.doc.on("update", () => {
      seen.push({ at: Date.now(), clocks: ids.map((id) => Y.getState(reader.doc.store, id)) });
    });

    // 2 writers × 20 keystrokes, one every 10 ms: 40 updates over 0.4 s, against 0.15 s per INSERT.
    const keystrokes = 20;
    for (let i = 0; i < keystrokes; i += 1) {
      typeInOpenParagraph(writers[0]!, "a");
      typeInOpenParagraph(writers[1]!, "b");
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    const final = ids.map((id, index) => Y.getState(writers[index]!.doc.store, id));
    await eventually(
      () => ids.every((id, index) => Y.getState(reader.doc.store, id) === final[index]),
      20_000,
      "every keystroke at the reader",
    );
    await collab.server.rooms().get(draftId)!.drain();

    const logged = await statements();
    const rows = await db.documentUpdate.findMany({
      where: { documentId: draftId },
      orderBy: { id: "asc" },
      select: { id: true, update: true, userId: true },
    });
    expect(rows).toHaveLength(2 * keystrokes);
    expect(logged.reduce((sum, statement) => sum + statement.rows, 0)).toBe(2 * keystrokes);
    // One statement per keystroke would take 40 × 0.15 s; batches form while one is in flight.
    expect(logged.length).toBeLessThanOrEqual(8);
    expect(Math.max(...logged.map((statement) => statement.rows))).toBeGreaterThan(4);
    // Rows from both writers share statements.
    expect(new Set(rows.map((row) => row.userId)).size).toBe(2);

    // Order: in id order, each writer's clocks run on without a gap (the order they were typed).
    const next = ids.map(() => -1);
    for (const row of rows) {
      const meta = Y.parseUpdateMeta(row.update);
      const index = ids.findIndex((id) => meta.to.has(id));
      const from = meta.from.get(ids[index]!)!;
      if (next[index] !== -1) expect(from).toBe(next[index]);
      next[index] = meta.to.get(ids[index]!)!;
    }
    expect(next).toEqual(final);

    // Durable before seen: whatever the reader held at any moment was written by statements that
    // had finished their work (and then committed) before that moment. 1 ms for Date.now()'s
    // rounding; a broadcast before the commit would come about SLEEP_S too early.
    const doneAt = (id: bigint) =>
      logged.find((statement) => statement.firstId <= id && id <= statement.lastId)!.doneAt;
    const written = rows.map((row) => {
      const meta = Y.parseUpdateMeta(row.update);
      const index = ids.findIndex((id) => meta.to.has(id));
      return { writer: index, from: meta.from.get(ids[index]!)!, doneAt: doneAt(row.id) };
    });
    expect(seen.length).toBeGreaterThan(0);
    for (const { at, clocks } of seen) {
      for (const row of written) {
        if (clocks[row.writer]! > row.from) expect(at + 1).toBeGreaterThanOrEqual(row.doneAt);
      }
    }

    await admin.query(`DROP TRIGGER slow_insert ON "DocumentUpdate"`);
    for (const client of [...writers, reader]) client.destroy();
  });
});

describe("compaction beside a live room", () => {
  it("lets appends through while it runs, and still keeps loads from reading halfway", async () => {
    const documentId = (await db.document.findFirstOrThrow({ where: { symbol: "CICA/SOC/2022/5" } })).id;
    await loadDocument(db, documentId); // seeds it
    const history = new Y.Doc();
    const text = history.getText("history");
    const updates: Uint8Array[] = [];
    history.on("update", (update: Uint8Array) => updates.push(update));
    for (let i = 0; i < 50; i += 1) text.insert(i, "x");
    await appendUpdates(
      db,
      documentId,
      updates.map((update) => ({ update, userId: null })),
    );

    // The compaction writes the state and then sleeps before it commits.
    await admin.query(`
      CREATE FUNCTION slow_state() RETURNS trigger AS $$
      BEGIN PERFORM pg_sleep(1); RETURN NEW; END $$ LANGUAGE plpgsql;
      CREATE TRIGGER slow_state BEFORE UPDATE ON "DocumentState" FOR EACH ROW EXECUTE FUNCTION slow_state();`);
    try {
      const started = Date.now();
      let compactedAt = 0;
      const compaction = compactDocument(db, documentId).then((result) => {
        compactedAt = Date.now();
        return result;
      });
      await new Promise((resolve) => setTimeout(resolve, 300)); // it holds the draft's row by now
      text.insert(0, "y"); // the next keystroke of a live room
      await appendUpdates(db, documentId, [{ update: updates.at(-1)!, userId: null }]);
      const appendedAt = Date.now();
      let loadedAt = 0;
      const load = loadDocument(db, documentId).then((loaded) => {
        loadedAt = Date.now();
        return loaded;
      });
      const { merged } = await compaction;
      const loaded = await load;

      expect(merged).toBe(50);
      expect(appendedAt - started).toBeLessThan(900); // did not wait for the compaction's commit
      expect(compactedAt).toBeGreaterThan(appendedAt);
      expect(loadedAt).toBeGreaterThanOrEqual(compactedAt); // a load still waits for it
      expect(loaded.doc.getText("history").toString()).toBe(text.toString());
      // The row appended meanwhile survived the compaction's DELETE.
      expect(await db.documentUpdate.count({ where: { documentId } })).toBe(1);
    } finally {
      await admin.query(`DROP TRIGGER slow_state ON "DocumentState"`);
    }
  });
});
