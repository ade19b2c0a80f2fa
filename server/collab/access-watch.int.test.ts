// Changes of access reach open editors at once, through the bus: a deactivated person's socket
// is closed within 2 seconds and cannot come back with its old ticket; a closed draft takes no
// more changes from anyone, and its editors are told to reconnect.
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { CloseCode } from "../../lib/collab/close-codes";
import { DRAFT_FIELD } from "../../lib/editor/extensions";
import { publish } from "../events/publish";
import { draftRoom, eventually, rawSenderTo, rawSocket, tokenFor } from "../test-support/collab-harness";
import { dropListeners } from "../test-support/drop-listeners";
import { loadDocument } from "./load-document";

const room = draftRoom("CICA/SWG/2022/1");

/** A connection in the draft's room (the server's first sync message arrived), and how it closes. */
async function openConnection(email: string) {
  const raw = rawSocket(room.collab.url, room.draftId, await tokenFor(room.db, email, room.draftId));
  const joined = new Promise((resolve) => raw.socket.once("message", resolve));
  await raw.opened;
  await joined;
  return raw;
}

const storedText = async () => {
  const { doc } = await loadDocument(room.db, room.draftId);
  const text = doc.getXmlFragment(DRAFT_FIELD).toString();
  doc.destroy();
  return text;
};

describe("access changed while the editor is open", () => {
  it("closes a deactivated person's socket within 2 seconds, and their old ticket no longer opens", async () => {
    const token = await tokenFor(room.db, "kz@concord.test", room.draftId);
    const kz = await openConnection("kz@concord.test");
    const ru = await openConnection("ru@concord.test");
    let ruClosed = false;
    void ru.closed.then(() => (ruClosed = true));

    const user = await room.db.user.update({
      where: { email: "kz@concord.test" },
      data: { active: false, sessionVersion: { increment: 1 } },
    });
    const started = Date.now();
    await publish(room.db, { topic: "access", userId: user.id });
    expect((await kz.closed).code).toBe(CloseCode.AccessChanged);
    expect(Date.now() - started).toBeLessThan(2000);

    const again = rawSocket(room.collab.url, room.draftId, token);
    expect((await again.closed).code).toBe(CloseCode.Unauthenticated);
    expect(ruClosed).toBe(false); // nobody else is disturbed
    ru.socket.close();
  });

  it("makes a closed draft read-only for everyone, the chair included, and tells its editors", async () => {
    const cn = await openConnection("cn@concord.test");
    await room.db.document.update({ where: { id: room.draftId }, data: { closedAt: new Date() } });
    await publish(room.db, { topic: "document", documentId: room.draftId });
    expect((await cn.closed).code).toBe(CloseCode.AccessChanged);

    const before = await storedText();
    const chair = await rawSenderTo(room, "chair@concord.test");
    const openRoom = () => room.collab.server.rooms().get(room.draftId);
    await eventually(() => (openRoom()?.connections.size ?? 0) > 0, 5000, "the chair in the room");
    expect(openRoom()!.readOnly).toBe(true); // loaded as closed
    const refusedBefore = openRoom()!.refusedUpdates;
    const doc = new Y.Doc();
    const paragraph = new Y.XmlElement("paragraph");
    paragraph.insert(0, [new Y.XmlText("Written after the draft was closed.")]);
    doc.getXmlFragment(DRAFT_FIELD).insert(0, [paragraph]);
    chair.send(Y.encodeStateAsUpdate(doc));
    await eventually(() => openRoom()!.refusedUpdates > refusedBefore, 5000, "the refusal");
    expect(await storedText()).toBe(before);

    // Reopened: the editors in the room are told too (the chair's connection keeps the room open).
    const ru = await openConnection("ru@concord.test");
    await room.db.document.update({ where: { id: room.draftId }, data: { closedAt: null } });
    await publish(room.db, { topic: "document", documentId: room.draftId });
    expect((await ru.closed).code).toBe(CloseCode.AccessChanged);
    chair.destroy();
  });

  it("still tells a person whose access changed while the bus's connection was down", async () => {
    const cn = await openConnection("cn@concord.test");
    const keeper = await openConnection("ru@concord.test"); // keeps the room open throughout
    expect(await dropListeners(room.db)).toBeGreaterThan(0);
    await room.db.user.update({ where: { email: "cn@concord.test" }, data: { sessionVersion: { increment: 1 } } });
    await publish(room.db, { topic: "access", userId: "lost-while-nobody-listened" });
    expect((await cn.closed).code).toBe(CloseCode.AccessChanged); // found by the recheck after reconnecting
    keeper.socket.close();
  });

  it("refuses a ticket issued before the person's role changed, without ending their session", async () => {
    const before = await tokenFor(room.db, "kz2@concord.test", room.draftId); // as a delegate
    await room.db.user.update({
      where: { email: "kz2@concord.test" },
      data: { role: "OBSERVER", memberStateCode: null },
    });
    const stale = rawSocket(room.collab.url, room.draftId, before);
    expect((await stale.closed).code).toBe(CloseCode.Unauthenticated); // the browser fetches a fresh one
    const fresh = await openConnection("kz2@concord.test"); // as an observer now: admitted
    fresh.socket.close();
    await room.db.user.update({
      where: { email: "kz2@concord.test" },
      data: { role: "DELEGATE", memberStateCode: "KZ" },
    });
  });
});
