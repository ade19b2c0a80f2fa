// Agreed text is locked by the server itself: a delegate's change to it, or to any paragraph's
// status, does not stand even over the raw protocol, and the delegate's copy comes back to the
// server's text without resending it forever. The chair can change anything.
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { draftRoom, eventually, type TestClient } from "../test-support/collab-harness";

const room = draftRoom("CICA/SWG/2022/3");
const { join } = room;

const paragraph = (client: TestClient, index: number) => client.fragment.get(index) as Y.XmlElement;
const words = (client: TestClient, index: number) => (paragraph(client, index).get(0) as Y.XmlText).toString();
const status = (client: TestClient, index: number) => paragraph(client, index).getAttribute("status");
const sameText = (a: TestClient, b: TestClient) =>
  JSON.stringify(a.fragment.toJSON()) === JSON.stringify(b.fragment.toJSON());

describe("locked paragraphs", () => {
  it("the seeded statuses arrive with the text", async () => {
    const kz = await join("kz@concord.test");
    const statuses = kz.fragment
      .toArray()
      .map((node) => (node instanceof Y.XmlElement ? node.getAttribute("status") : null));
    expect(statuses).toContain("agreed");
    expect(statuses).toContain("open");
    kz.destroy();
  });

  it("refuses a delegate's edit of an agreed paragraph and brings the delegate back to the server's text", async () => {
    const chair = await join("chair@concord.test");
    const kz = await join("kz@concord.test");
    const agreed = chair.fragment
      .toArray()
      .findIndex((node) => node instanceof Y.XmlElement && node.getAttribute("status") === "agreed");
    const before = words(chair, agreed);

    (paragraph(kz, agreed).get(0) as Y.XmlText).insert(0, "[NOT AGREED] ");
    (paragraph(kz, agreed).get(0) as Y.XmlText).delete(20, 5);
    await eventually(() => words(kz, agreed) === before, 5000, "the delegate's copy to come back");
    await eventually(() => sameText(kz, chair), 5000, "convergence");
    expect(words(chair, agreed)).toBe(before);

    // No resend loop: once converged, the log stops growing.
    const rows = await room.db.documentUpdate.count({ where: { documentId: room.draftId } });
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(await room.db.documentUpdate.count({ where: { documentId: room.draftId } })).toBe(rows);
    chair.destroy();
    kz.destroy();
  });

  it("refuses a delegate's status change, and the chair's stands", async () => {
    const chair = await join("chair@concord.test");
    const ru = await join("ru@concord.test");
    // Without brackets: the chair agrees only what holds none (status.int.test.ts).
    const open = ru.fragment
      .toArray()
      .findIndex(
        (node) =>
          node instanceof Y.XmlElement && node.getAttribute("status") === "open" && !node.toString().includes("["),
      );

    paragraph(ru, open).setAttribute("status", "agreed");
    await eventually(() => status(ru, open) === "open", 5000, "the status to come back");
    expect(status(chair, open)).toBe("open");

    paragraph(chair, open).setAttribute("status", "agreed");
    await eventually(() => status(ru, open) === "agreed", 5000, "the chair's status to arrive");
    // Now locked for Russia too.
    const locked = words(chair, open);
    (paragraph(ru, open).get(0) as Y.XmlText).insert(0, "late ");
    await eventually(() => words(ru, open) === locked && sameText(ru, chair), 5000, "the refusal");
    // And the chair reopens and edits it.
    paragraph(chair, open).setAttribute("status", "open");
    (paragraph(chair, open).get(0) as Y.XmlText).insert(0, "Chair: ");
    await eventually(() => words(ru, open).startsWith("Chair: "), 5000, "the chair's edit");
    chair.destroy();
    ru.destroy();
  });

  it("keeps the rest of a mixed update: only the locked paragraph is undone", async () => {
    const chair = await join("chair@concord.test");
    const cn = await join("cn@concord.test");
    const nodes = cn.fragment.toArray();
    const agreed = nodes.findIndex((node) => node instanceof Y.XmlElement && node.getAttribute("status") === "agreed");
    const open = nodes.findIndex((node) => node instanceof Y.XmlElement && node.getAttribute("status") === "open");
    const agreedBefore = words(chair, agreed);

    cn.doc.transact(() => {
      (paragraph(cn, open).get(0) as Y.XmlText).insert(0, "[CN keeps this] ");
      (paragraph(cn, agreed).get(0) as Y.XmlText).insert(0, "[CN loses this] ");
    });
    await eventually(() => words(chair, open).startsWith("[CN keeps this] "), 5000, "the open change");
    await eventually(() => words(cn, agreed) === agreedBefore && sameText(cn, chair), 5000, "the locked change undone");
    expect(words(chair, agreed)).toBe(agreedBefore);
    chair.destroy();
    cn.destroy();
  });
});
