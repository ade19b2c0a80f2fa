// The numbering base lives in the shared document and only the chair and the secretariat change
// it: over the real protocol a delegate's base does not stand (taken in and undone, the
// connection stays open), while the secretariat's renumbering reaches everyone and is stored.
import { describe, expect, it } from "vitest";
import { readNumberingBase, writeNumberingBase } from "../../lib/collab/numbering-base";
import { renumberDraft } from "../../lib/editor/renumber-draft";
import { draftRoom, eventually, type TestClient } from "../test-support/collab-harness";
import { loadDocument } from "./load-document";

const room = draftRoom("CICA/SWG/2022/3");
const { join } = room;

const baseOf = (client: TestClient) => JSON.stringify(readNumberingBase(client.doc));

describe("the numbering base over the collaboration server", () => {
  it("takes the secretariat's renumbering to everyone and stores it; a delegate's rewrite is undone", async () => {
    const secretariat = await join("secretariat@concord.test");
    const kz = await join("kz@concord.test");

    const { base } = renumberDraft(secretariat.doc);
    expect(Object.keys(base).length).toBeGreaterThan(5);
    await eventually(() => baseOf(kz) === JSON.stringify(base), 5000, "the base to reach the delegate");

    const refusals: string[] = [];
    kz.provider.on("connection-close", () => refusals.push("closed"));
    writeNumberingBase(kz.doc, {});
    await eventually(() => baseOf(kz) === JSON.stringify(base), 5000, "the delegate's copy to come back");
    expect(baseOf(secretariat)).toBe(JSON.stringify(base));
    expect(refusals).toEqual([]); // refused and undone, not disconnected
    expect(kz.provider.wsconnected).toBe(true);

    // What Postgres holds is what everyone sees.
    const storedBase = async () => {
      const { doc } = await loadDocument(room.db, room.draftId);
      const stored = JSON.stringify(readNumberingBase(doc));
      doc.destroy();
      return stored;
    };
    await eventually(async () => (await storedBase()) === JSON.stringify(base), 5000, "the base in Postgres");
    secretariat.destroy();
    kz.destroy();
  });
});
