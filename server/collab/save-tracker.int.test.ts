// The browser's "all changes saved" comes from the server's answers, not from hope: checked here
// with real y-websocket clients against a real server and Postgres.
import { describe, expect, it } from "vitest";
import { SaveTracker, type ProviderLike } from "../../lib/collab/save-tracker";
import {
  connectClient,
  eventually,
  startCollab,
  synced,
  tokenFor,
  typeInOpenParagraph,
} from "../test-support/collab-harness";
import { createTestDatabase } from "../test-support/test-database";

describe("SaveTracker", () => {
  it("counts changes until Postgres holds them, and keeps counting while the database refuses", async () => {
    const { db } = await createTestDatabase();
    const collab = await startCollab(db);
    const draft = (await db.document.findFirstOrThrow({ where: { symbol: "CICA/SWG/2022/3" } })).id;
    const client = connectClient(collab.url, draft, await tokenFor(db, "kz@concord.test", draft));
    const tracker = new SaveTracker(client.provider as unknown as ProviderLike, 20);
    await synced(client);
    expect(tracker.unsaved).toBe(0);

    typeInOpenParagraph(client, " a");
    typeInOpenParagraph(client, " b");
    expect(tracker.unsaved).toBe(2);
    await eventually(() => tracker.unsaved === 0, 5000, "confirmation");
    expect(await db.documentUpdate.count({ where: { documentId: draft } })).toBeGreaterThan(0);

    await db.$executeRawUnsafe(`
      CREATE FUNCTION refuse() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'disk full'; END $$ LANGUAGE plpgsql;
      CREATE TRIGGER refuse BEFORE INSERT ON "DocumentUpdate" FOR EACH ROW EXECUTE FUNCTION refuse();`);
    typeInOpenParagraph(client, " c");
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(tracker.unsaved).toBe(1);

    await db.$executeRawUnsafe(`DROP TRIGGER refuse ON "DocumentUpdate"`);
    await eventually(() => tracker.unsaved === 0, 10_000, "confirmation after the database recovered");
    tracker.destroy();
    client.destroy();
  });
});
