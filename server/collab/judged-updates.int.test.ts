// Raw Yjs updates no editor sends, over the real protocol: the server judges what each one does
// once applied (judged-apply.ts), not what its structs seem to say. Clock gaps never wait in
// the room to land later, agreed sub-paragraphs are locked, another state's bracket words stay
// whatever anchors an insert names or whatever whole items a delete set covers, ids and kinds
// stay, and text documents cannot carry (control characters, oversized) never stands. Nothing
// refused is stored: its words are in no row of the log.
import { afterEach, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { parseHolds } from "../../lib/negotiation/holds";
import { draftRoom, eventually, rawSenderTo, type TestClient } from "../test-support/collab-harness";
import { encodeUpdate, forger } from "../test-support/forge-update";
import { loadDocument } from "./load-document";

const room = draftRoom("CICA/SWG/2022/3");
const open: { destroy(): void }[] = [];
afterEach(() => {
  for (const client of open.splice(0)) client.destroy();
});

async function join(email: string): Promise<TestClient> {
  const client = await room.join(email);
  open.push(client);
  return client;
}

async function rawSender(email: string) {
  const sender = await rawSenderTo(room, email);
  open.push(sender);
  return sender;
}

const at = (client: TestClient, index: number) => client.fragment.get(index) as Y.XmlElement;
const textOf = (paragraph: Y.XmlElement) =>
  paragraph.toArray().find((child): child is Y.XmlText => child instanceof Y.XmlText)!;
const wordsOf = (paragraph: Y.XmlElement) => paragraph.toArray().map(String).join("");
const statusOf = (paragraph: Y.XmlElement) => paragraph.getAttribute("status") ?? "open";

/** Open paragraphs with no brackets and no holds, by index in the fragment. */
function plainOpenParagraphs(client: TestClient): number[] {
  return client.fragment
    .toArray()
    .flatMap((node, index) =>
      node instanceof Y.XmlElement &&
      node.nodeName === "paragraph" &&
      statusOf(node) === "open" &&
      !node.toString().includes("[") &&
      parseHolds(node.getAttribute("holds")).brackets.length === 0
        ? [index]
        : [],
    );
}

/** Open paragraphs, brackets or not, by index in the fragment. */
const openParagraphs = (client: TestClient) =>
  client.fragment
    .toArray()
    .flatMap((node, index) =>
      node instanceof Y.XmlElement && node.nodeName === "paragraph" && statusOf(node) === "open" ? [index] : [],
    );

async function stored<T>(read: (fragment: Y.XmlFragment, doc: Y.Doc) => T): Promise<T> {
  const { doc } = await loadDocument(room.db, room.draftId);
  try {
    return read(doc.getXmlFragment("default"), doc);
  } finally {
    doc.destroy();
  }
}

const storedWords = (index: number) => stored((fragment) => wordsOf(fragment.get(index) as Y.XmlElement));

/** No row of the draft's log holds these words (a refused change is stored without its text). */
async function neverStored(words: string): Promise<boolean> {
  const rows = await room.db.documentUpdate.findMany({ where: { documentId: room.draftId }, select: { update: true } });
  return rows.every((row) => !Buffer.from(row.update).includes(Buffer.from(words)));
}

const roomDoc = () => room.collab.server.rooms().get(room.draftId)!.doc;
let nextClient = 4_000_000_000;

describe("updates judged by what they do", () => {
  it("a clock gap never waits in the room: an insert released after the chair agreed the paragraph does not land", async () => {
    const chair = await join("chair@concord.test");
    const [a, b] = plainOpenParagraphs(chair);
    const forged = forger(chair.doc, nextClient++);
    // Clocks 0–4 go to paragraph B, clocks 5… to paragraph A; A's part is sent first.
    const first = forged.edit((fragment) => textOf(fragment.get(b!) as Y.XmlElement).insert(0, "Fully "));
    const gap = forged.edit((fragment) => {
      const text = textOf(fragment.get(a!) as Y.XmlElement);
      text.insert(text.length, " GAPWORDS");
    });
    const kz = await rawSender("kz@concord.test");
    kz.send(gap);
    await eventually(() => kz.syncRequests() >= 2, 5000, "the server to ask for a resync");

    (at(chair, a!) as Y.XmlElement).setAttribute("status", "agreed");
    await eventually(
      async () => (await stored((f) => statusOf(f.get(a!) as Y.XmlElement))) === "agreed",
      5000,
      "agreed",
    );
    const agreed = await storedWords(a!);

    kz.send(first); // would release the waiting insert into the agreed paragraph
    await eventually(async () => (await storedWords(b!)).startsWith("Fully "), 5000, "the first part stored");
    expect(await storedWords(a!)).toBe(agreed);
    expect(wordsOf(at(chair, a!))).toBe(agreed);
    expect(roomDoc().store.pendingStructs).toBeNull();
    expect(await neverStored("GAPWORDS")).toBe(true);
  });

  it("a clock gap into an agreed paragraph leaves nothing behind for the next update or a checkpoint to release", async () => {
    const chair = await join("chair@concord.test");
    const agreedIndex = chair.fragment
      .toArray()
      .findIndex((node) => node instanceof Y.XmlElement && statusOf(node) === "agreed");
    const [b] = plainOpenParagraphs(chair);
    const forged = forger(chair.doc, nextClient++);
    const first = forged.edit((fragment) => textOf(fragment.get(b!) as Y.XmlElement).insert(0, "Also "));
    const gap = forged.edit((fragment) => textOf(fragment.get(agreedIndex) as Y.XmlElement).insert(0, "HIDDEN "));
    const ru = await rawSender("ru@concord.test");
    ru.send(gap);
    await eventually(() => ru.syncRequests() >= 2, 5000, "the server to ask for a resync");
    expect(roomDoc().store.pendingStructs).toBeNull();
    ru.send(first);
    await eventually(async () => (await storedWords(b!)).startsWith("Also "), 5000, "the first part stored");
    const late = await join("cn@concord.test");
    expect(wordsOf(at(late, agreedIndex))).not.toContain("HIDDEN");
    expect(await stored((_fragment, doc) => doc.store.pendingStructs)).toBeNull();
    expect(await neverStored("HIDDEN")).toBe(true);
  });

  it("an agreed sub-paragraph is locked for delegates", async () => {
    const chair = await join("chair@concord.test");
    const listIndex = chair.fragment
      .toArray()
      .findIndex((node) => node instanceof Y.XmlElement && node.nodeName === "orderedList");
    expect(listIndex).toBeGreaterThanOrEqual(0);
    const subParagraph = (client: TestClient) =>
      ((client.fragment.get(listIndex) as Y.XmlElement).get(0) as Y.XmlElement).get(0) as Y.XmlElement;
    subParagraph(chair).setAttribute("status", "agreed");
    const kz = await join("kz@concord.test");
    await eventually(() => statusOf(subParagraph(kz)) === "agreed", 5000, "the status to arrive");
    const agreed = wordsOf(subParagraph(chair));

    textOf(subParagraph(kz)).insert(0, "SUBEDIT ");
    await eventually(() => wordsOf(subParagraph(kz)) === agreed, 5000, "the delegate's copy to come back");
    expect(wordsOf(subParagraph(chair))).toBe(agreed);
    expect(
      await stored((f) => wordsOf(((f.get(listIndex) as Y.XmlElement).get(0) as Y.XmlElement).get(0) as Y.XmlElement)),
    ).toBe(agreed);
    // Deleting the whole list item that holds it is refused too.
    (kz.fragment.get(listIndex) as Y.XmlElement).delete(0, 1);
    await eventually(() => wordsOf(subParagraph(kz)) === agreed, 5000, "the list item to come back");
  });

  describe("another state's bracket words", () => {
    const WORDS = "in accordance with national legislation";

    async function bracketForKazakhstan(chair: TestClient): Promise<{ index: number; open: number }> {
      const index = plainOpenParagraphs(chair)[0]!;
      const paragraph = at(chair, index);
      const text = textOf(paragraph);
      const open = text.length + 1;
      chair.doc.transact(() => {
        text.insert(text.length, ` [${WORDS}]`);
        paragraph.setAttribute("holds", JSON.stringify({ brackets: [{ text: WORDS, states: ["KZ"] }] }));
      });
      await eventually(async () => (await storedWords(index)).includes(`[${WORDS}]`), 5000, "the bracket stored");
      return { index, open };
    }

    it("an insert anchored only on its right, inside the bracket, is refused", async () => {
      const chair = await join("chair@concord.test");
      const { index, open } = await bracketForKazakhstan(chair);
      const forged = forger(chair.doc, 0xfffffff0); // larger than every id: Yjs places it right before its right origin
      const honest = forged.edit((fragment) =>
        textOf(fragment.get(index) as Y.XmlElement).insert(open + 4, "RIGHTANCHOR "),
      );
      const decoded = Y.decodeUpdate(honest);
      const [item] = decoded.structs as Y.Item[];
      expect(item!.rightOrigin).not.toBeNull();
      item!.origin = null;
      const tr = await rawSender("tr@concord.test");
      tr.send(encodeUpdate(decoded.structs));
      await eventually(() => tr.refusals().length > 0, 5000, "the refusal");
      expect(tr.refusals()[0]).toContain("the words of a bracket belong to the states that hold it");
      expect(await storedWords(index)).toContain(`[${WORDS}]`);
      expect(await neverStored("RIGHTANCHOR")).toBe(true);
    });

    it("deleting the paragraph's whole text item and writing new words is refused", async () => {
      const chair = await join("chair@concord.test");
      const { index } = await bracketForKazakhstan(chair);
      const forged = forger(chair.doc, nextClient++);
      const rewrite = forged.edit((fragment) => {
        const paragraph = fragment.get(index) as Y.XmlElement;
        const old = textOf(paragraph);
        const words = old.toString().replace(WORDS, "REWRITTEN BY ANOTHER STATE");
        paragraph.delete(paragraph.toArray().indexOf(old), 1);
        const replacement = new Y.XmlText();
        replacement.insert(0, words);
        paragraph.insert(0, [replacement]);
      });
      const decoded = Y.decodeUpdate(rewrite);
      expect(decoded.ds.clients.size).toBeGreaterThan(0);
      const tr = await rawSender("tr@concord.test");
      tr.send(rewrite);
      await eventually(() => tr.refusals().length > 0, 5000, "the refusal");
      await eventually(async () => (await storedWords(index)).includes(`[${WORDS}]`), 5000, "the words kept");
      expect(await storedWords(index)).not.toContain("REWRITTEN");
      expect(wordsOf(at(chair, index))).toContain(`[${WORDS}]`);
      expect(await neverStored("REWRITTEN")).toBe(true);
    });
  });

  describe("ids and kinds are the chair's and the secretariat's", () => {
    it("a delegate can neither remove a paragraph's id nor give it another, nor change its kind", async () => {
      const chair = await join("chair@concord.test");
      const kz = await join("kz@concord.test");
      const index = openParagraphs(kz)[1]!;
      const pid = at(kz, index).getAttribute("pid");
      const kind = at(kz, index).getAttribute("kind");
      expect(pid).toBeTruthy();

      at(kz, index).removeAttribute("pid");
      await eventually(() => at(kz, index).getAttribute("pid") === pid, 5000, "the id to come back");
      at(kz, index).setAttribute("pid", "pforged00000");
      await eventually(() => at(kz, index).getAttribute("pid") === pid, 5000, "the id to come back");
      const otherKind = kind === "operative" ? "preambular" : "operative";
      at(kz, index).setAttribute("kind", otherKind);
      await eventually(() => at(kz, index).getAttribute("kind") === kind, 5000, "the kind to come back");
      expect(await stored((f) => (f.get(index) as Y.XmlElement).getAttribute("pid"))).toBe(pid);
      expect(await stored((f) => (f.get(index) as Y.XmlElement).getAttribute("kind"))).toBe(kind);
      expect(at(chair, index).getAttribute("kind")).toBe(kind);

      const secretariat = await join("secretariat@concord.test");
      at(secretariat, index).setAttribute("kind", otherKind);
      await eventually(
        async () => (await stored((f) => (f.get(index) as Y.XmlElement).getAttribute("kind"))) === otherKind,
        5000,
        "the secretariat's kind",
      );
    });
  });

  describe("text documents cannot carry", () => {
    it("control characters are refused, for the chair too", async () => {
      const kz = await join("kz@concord.test");
      const chair = await join("chair@concord.test");
      const index = openParagraphs(kz)[2]!;
      const before = wordsOf(at(kz, index));
      textOf(at(kz, index)).insert(0, "CTRL\u0001\u000B\u001F\uFFFE ");
      await eventually(() => wordsOf(at(kz, index)) === before, 5000, "the delegate's copy to come back");
      textOf(at(chair, index)).insert(0, "CHAIRCTRL\u0001 ");
      await eventually(() => wordsOf(at(chair, index)) === before, 5000, "the chair's copy to come back");
      expect(await storedWords(index)).toBe(before);
      expect(await neverStored("CTRL")).toBe(true);
    });

    it("a paragraph past the size limit and an oversized change are refused with a reason", async () => {
      const kz = await rawSender("kz@concord.test");
      const reader = await join("ru@concord.test");
      const index = openParagraphs(reader)[3]!;
      const before = wordsOf(at(reader, index));
      const forged = forger(reader.doc, nextClient++);
      const long = forged.edit((fragment) =>
        textOf(fragment.get(index) as Y.XmlElement).insert(0, "LONG".repeat(8_000)),
      );
      kz.send(long);
      await eventually(() => kz.refusals().length > 0, 5000, "the refusal");
      expect(kz.refusals()[0]).toContain("a paragraph may hold at most 30,000 characters");
      expect(await storedWords(index)).toBe(before);
      expect(await neverStored("LONGLONG")).toBe(true);

      const spread = forger(reader.doc, nextClient++).edit((fragment) => {
        const targets = openParagraphs(reader);
        for (const i of targets)
          textOf(fragment.get(i) as Y.XmlElement).insert(0, "WIDE".repeat(Math.ceil(80_000 / targets.length)));
      });
      kz.send(spread);
      await eventually(() => kz.refusals().length > 1, 5000, "the second refusal");
      expect(kz.refusals()[1]).toContain("one change may add at most 300,000 characters");
      expect(await neverStored("WIDEWIDE")).toBe(true);
    });
  });
});
