// PostgreSQL that stops answering (not down: connections stay open, nothing comes back) must not
// leave edits in limbo: the append gives up within seconds, the senders are closed with 4500,
// nothing is broadcast, and the change arrives once the database answers again.
import { describe, expect, it, onTestFinished } from "vitest";
import { CloseCode } from "../../lib/collab/close-codes";
import {
  connectClient,
  eventually,
  fragmentText,
  synced,
  tokenFor,
  typeInOpenParagraph,
  stalledDraftRoom,
} from "../test-support/collab-harness";
import { DRAFT_FIELD } from "../../lib/editor/extensions";
import { loadDocument } from "./load-document";

const room = stalledDraftRoom("CICA/SWG/2022/3");

describe("an unresponsive database", () => {
  it("closes the sender with 4500 within seconds, broadcasts nothing, and loses nothing", async () => {
    const { db, proxy, collab, draftId } = room;
    const writer = connectClient(collab.url, draftId, await tokenFor(db, "kz@concord.test", draftId));
    const reader = connectClient(collab.url, draftId, await tokenFor(db, "ru@concord.test", draftId));
    await Promise.all([synced(writer), synced(reader)]);
    const closes: number[] = [];
    writer.provider.on("connection-close", (event) => closes.push(event?.code ?? 0));

    proxy.stall();
    onTestFinished(() => proxy.resume()); // even when failing: the cleanup needs the database
    const stalledAt = Date.now();
    typeInOpenParagraph(writer, " [typed while the database hung]");
    await eventually(() => closes.includes(CloseCode.PersistFailed), 10_000, "the 4500 close");
    expect(Date.now() - stalledAt).toBeLessThan(8000);
    expect(reader.text()).not.toContain("[typed while the database hung]");

    proxy.resume();
    await eventually(() => reader.text().includes("[typed while the database hung]"), 20_000, "the resent change");
    const { doc } = await loadDocument(db, draftId);
    expect(fragmentText(doc.getXmlFragment(DRAFT_FIELD))).toContain("[typed while the database hung]");
    writer.destroy();
    reader.destroy();
  });
});
