// A Yjs client id belongs to the person who first wrote with it, over the real protocol: words
// sent under another delegation's client id are refused (they would be attributed to it), and
// the binding is durable (another room, or another process, reads it from PostgreSQL).
import { afterEach, describe, expect, it } from "vitest";
import * as Y from "yjs";
import {
  draftRoom,
  eventually,
  fragmentText,
  rawSenderTo,
  typeInOpenParagraph,
  type TestClient,
} from "../test-support/collab-harness";
import { forger } from "../test-support/forge-update";
import { CLIENT_ID_REASON } from "./client-owners";
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

async function storedText(): Promise<string> {
  const { doc } = await loadDocument(room.db, room.draftId);
  try {
    return fragmentText(doc.getXmlFragment("default"));
  } finally {
    doc.destroy();
  }
}

/** Types `words` at the end of the paragraph Kazakhstan wrote in. */
function appendTo(fragment: Y.XmlFragment, words: string): void {
  const paragraph = fragment
    .toArray()
    .find((node) => node instanceof Y.XmlElement && String(node).includes("Kazakhstan's words")) as Y.XmlElement;
  const text = paragraph.toArray().find((child) => child instanceof Y.XmlText) as Y.XmlText;
  text.insert(text.length, words);
}

describe("a Yjs client id", () => {
  it("is bound to the first person who writes with it; words under it from anyone else are refused", async () => {
    const kz = await join("kz@concord.test");
    typeInOpenParagraph(kz, " (Kazakhstan's words)");
    await eventually(
      async () => (await storedText()).includes("(Kazakhstan's words)"),
      5000,
      "Kazakhstan's words stored",
    );
    const bound = await room.db.documentClient.findUniqueOrThrow({
      where: { documentId_clientId: { documentId: room.draftId, clientId: BigInt(kz.doc.clientID) } },
    });
    expect(bound.delegation).toBe("KZ");

    // Russia writes under Kazakhstan's client id: refused, stored nowhere, seen by nobody.
    const ru = await rawSender("ru@concord.test");
    const forged = forger(kz.doc, kz.doc.clientID);
    const update = forged.edit((fragment) => appendTo(fragment, " (not Kazakhstan's)"));
    ru.send(update);
    await eventually(() => ru.refusals().some((message) => message.includes(CLIENT_ID_REASON)), 5000, "the refusal");
    expect(await storedText()).not.toContain("(not Kazakhstan's)");
    expect(fragmentText(kz.fragment)).not.toContain("(not Kazakhstan's)");

    // Its own client ids are Russia's: a fresh one is bound to it.
    const own = forger(kz.doc, 0x5a5a5a5);
    ru.send(own.edit((fragment) => appendTo(fragment, " (Russia)")));
    await eventually(async () => (await storedText()).includes(" (Russia)"), 5000, "Russia's own words stored");
    const russian = await room.db.documentClient.findUniqueOrThrow({
      where: { documentId_clientId: { documentId: room.draftId, clientId: BigInt(0x5a5a5a5) } },
    });
    expect(russian.delegation).toBe("RU");
  });
});
