// The words of a bracket belong to the states that hold it, over the real protocol: a delegate of
// another state who deletes or types inside them is undone for everyone, the sender included;
// typing elsewhere in the same paragraph stands, and so do the holder's, the chair's and the
// secretariat's changes. A delegate may delete such a paragraph whole, not join it to the one
// above (its words would stand there held by nobody).
import { initProseMirrorDoc, updateYFragment } from "@tiptap/y-tiptap";
import { Transform } from "@tiptap/pm/transform";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { draftSchema } from "../../lib/editor/extensions";
import { parseBrackets } from "../../lib/negotiation";
import { parseHolds } from "../../lib/negotiation/holds";
import { draftRoom, eventually, type TestClient } from "../test-support/collab-harness";
import { loadDocument } from "./load-document";

const room = draftRoom("CICA/SWG/2022/3");

interface Target {
  index: number;
  holder: string;
  /** The bracket's "[" offset and its words. */
  open: number;
  words: string;
}

const WORDS = "subject to the approval of the Ministerial Council";

/**
 * The chair brackets words for Kazakhstan at the end of the first open paragraph (the chair may),
 * and waits until `watcher` has them.
 */
async function bracketForKazakhstan(chair: TestClient): Promise<Target> {
  const index = chair.fragment
    .toArray()
    .findIndex(
      (node) =>
        node instanceof Y.XmlElement &&
        node.nodeName === "paragraph" &&
        (node.getAttribute("status") ?? "open") === "open" &&
        parseHolds(node.getAttribute("holds")).brackets.length === 0,
    );
  const paragraph = chair.fragment.get(index) as Y.XmlElement;
  const text = paragraph.toArray().find((child) => child instanceof Y.XmlText) as Y.XmlText;
  const open = text.length + 1;
  chair.doc.transact(() => {
    text.insert(text.length, ` [${WORDS}]`);
    paragraph.setAttribute("holds", JSON.stringify({ brackets: [{ text: WORDS, states: ["KZ"] }] }));
  });
  await eventually(async () => (await storedParagraph(index)).includes(`[${WORDS}]`), 5000, "the bracket stored");
  const span = parseBrackets(text.toString()).spans.find((candidate) => candidate.content === WORDS)!;
  expect(span.open).toBe(open);
  return { index, holder: "KZ", open, words: WORDS };
}

const textOf = (client: TestClient, index: number) =>
  (client.fragment.get(index) as Y.XmlElement).toArray().find((child) => child instanceof Y.XmlText) as Y.XmlText;

async function storedParagraph(index: number): Promise<string> {
  const { doc } = await loadDocument(room.db, room.draftId);
  try {
    return (doc.getXmlFragment("default").get(index) as Y.XmlElement).toArray().map(String).join("");
  } finally {
    doc.destroy();
  }
}

describe("the words of a bracket held by another state", () => {
  it("are kept from a delegate who deletes or types inside them; elsewhere, typing stands", async () => {
    const watcher = await room.join("chair@concord.test");
    const target = await bracketForKazakhstan(watcher);
    const ru = await room.join("ru@concord.test");
    const before = textOf(watcher, target.index).toString();
    const refusals: string[] = [];
    ru.provider.ws?.addEventListener("message", () => refusals.push("message"));

    // Deleting a word inside Russia does not hold: undone, at Russia's too.
    textOf(ru, target.index).delete(target.open + 1, 3);
    await eventually(() => textOf(ru, target.index).toString() === before, 5000, "the words back at Russia");
    // Typing inside: undone.
    textOf(ru, target.index).insert(target.open + 2, "XYZ");
    await eventually(() => textOf(ru, target.index).toString() === before, 5000, "the typing undone at Russia");
    expect(textOf(watcher, target.index).toString()).toBe(before);
    expect(await storedParagraph(target.index)).toContain(`[${target.words}]`);
    expect(await storedParagraph(target.index)).not.toContain("XYZ");
    expect(ru.provider.wsconnected).toBe(true); // refused and undone, not disconnected

    // Right before the bracket and at the end of the paragraph: Russia's own words stand.
    textOf(ru, target.index).insert(target.open, "(RU) ");
    const end = textOf(ru, target.index);
    end.insert(end.length, " [proposed by Russia]");
    await eventually(
      () => textOf(watcher, target.index).toString().includes(" [proposed by Russia]"),
      5000,
      "Russia's words at the chair",
    );
    expect(textOf(watcher, target.index).toString()).toContain(`(RU) [${target.words}]`);
    ru.destroy();
    watcher.destroy();
  });

  it("may be changed by the state that holds them, by the chair and by the secretariat", async () => {
    const chair = await room.join("chair@concord.test");
    const target = await bracketForKazakhstan(chair);
    const holder = await room.join(`${target.holder.toLowerCase()}@concord.test`);
    const secretariat = await room.join("secretariat@concord.test");

    textOf(holder, target.index).insert(target.open + 1, "H");
    await eventually(
      () => textOf(chair, target.index).toString().includes(`[H${target.words}]`),
      5000,
      "the holder's edit",
    );
    textOf(secretariat, target.index).insert(target.open + 1, "S");
    await eventually(() => textOf(chair, target.index).toString().includes(`[SH${target.words}]`), 5000, "secretariat");
    textOf(chair, target.index).delete(target.open + 1, 2);
    await eventually(() => textOf(holder, target.index).toString().includes(`[${target.words}]`), 5000, "the chair's");
    expect(await storedParagraph(target.index)).toContain(`[${target.words}]`);
    for (const client of [chair, holder, secretariat]) client.destroy();
  });
});

/** What the browser's editor sends for a ProseMirror transform made on `client`'s text. */
function editLikeTheEditor(client: TestClient, edit: (tr: Transform) => void): void {
  const { doc, meta } = initProseMirrorDoc(client.fragment, draftSchema());
  const tr = new Transform(doc);
  edit(tr);
  client.doc.transact(() => updateYFragment(client.doc, client.fragment, tr.doc, meta));
}

/** Where the top-level node at `index` starts. */
function startOf(client: TestClient, index: number): number {
  const { doc } = initProseMirrorDoc(client.fragment, draftSchema());
  let start = 0;
  for (let i = 0; i < index; i += 1) start += doc.child(i).nodeSize;
  return start;
}

async function storedTopLevel(): Promise<string[]> {
  const { doc } = await loadDocument(room.db, room.draftId);
  try {
    return doc.getXmlFragment("default").toArray().map(String);
  } finally {
    doc.destroy();
  }
}

describe("a paragraph holding another state's bracket", () => {
  it("is not joined to the paragraph above by a delegate (Backspace at its start): the holders would be lost", async () => {
    const chair = await room.join("chair@concord.test");
    const target = await bracketForKazakhstan(chair);
    const ru = await room.join("ru@concord.test");
    const before = chair.fragment.toArray().map(String);
    const heldBefore = (chair.fragment.get(target.index) as Y.XmlElement).getAttribute("holds");
    expect(target.index).toBeGreaterThan(0);

    editLikeTheEditor(ru, (tr) => tr.join(startOf(ru, target.index)));
    await eventually(
      () => ru.fragment.toArray().map(String).join() === before.join(),
      5000,
      "the join undone at Russia",
    );
    expect(await storedTopLevel()).toEqual(before);
    expect((chair.fragment.get(target.index) as Y.XmlElement).getAttribute("holds")).toBe(heldBefore);

    // Nor is what is left of it merged there, by deleting from the end of that paragraph into the bracket.
    editLikeTheEditor(ru, (tr) =>
      tr.delete(startOf(ru, target.index) - 1, startOf(ru, target.index) + target.open + 4),
    );
    await eventually(
      () => ru.fragment.toArray().map(String).join() === before.join(),
      5000,
      "the merge undone at Russia",
    );
    expect(await storedTopLevel()).toEqual(before);

    // Deleting it whole is another act: it stands ("OP7 [deleted]").
    const pid = String((chair.fragment.get(target.index) as Y.XmlElement).getAttribute("pid"));
    editLikeTheEditor(ru, (tr) => {
      const start = startOf(ru, target.index);
      tr.delete(start, start + tr.doc.child(target.index).nodeSize);
    });
    await eventually(() => chair.fragment.length === before.length - 1, 5000, "the deletion at the chair");
    expect((await storedTopLevel()).join()).not.toContain(pid);
    for (const client of [chair, ru]) client.destroy();
  });
});
