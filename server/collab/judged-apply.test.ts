// The room's judged apply on its own, over plain Yjs docs: what a refusal leaves is exactly the
// text as it stood, in memory and as replayed from what it stores, even where Yjs's undo alone
// would put characters typed by several delegations back out of order.
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { DRAFT_FIELD } from "../../lib/editor/extensions";
import { JudgedApply } from "./judged-apply";

const WORDS = "designate, on a voluntary basis, national points of contact";

function random(seed: number) {
  return () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
    return seed / 2 ** 31;
  };
}

/** A server doc and its log: one paragraph holding a bracket India holds, typed into by several delegations. */
function draftTypedByMany(seed: number) {
  const next = random(seed);
  const server = new Y.Doc();
  const log: Uint8Array[] = [];
  const take = (update: Uint8Array) => {
    log.push(update);
    Y.applyUpdate(server, update);
  };
  const first = new Y.Doc();
  const paragraph = new Y.XmlElement("paragraph");
  first.getXmlFragment(DRAFT_FIELD).insert(0, [paragraph]);
  const text = new Y.XmlText();
  paragraph.insert(0, [text]);
  text.insert(0, `Agree to [${WORDS}] and share their details`);
  paragraph.setAttribute("holds", JSON.stringify({ brackets: [{ text: WORDS, states: ["IN"] }] }));
  take(Y.encodeStateAsUpdate(first));
  for (let turn = 0; turn < 40; turn += 1) {
    const client = new Y.Doc();
    Y.applyUpdate(client, Y.encodeStateAsUpdate(server));
    const words = (client.getXmlFragment(DRAFT_FIELD).get(0) as Y.XmlElement).get(0) as Y.XmlText;
    // Outside the bracket: its words are India's.
    const now = words.toString();
    const [open, close] = [now.indexOf("["), now.indexOf("]")];
    const outside = [...Array(now.length + 1).keys()].filter((at) => at <= open || at > close + 1);
    const at = outside[Math.floor(next() * outside.length)]!;
    const length = 1 + Math.floor(next() * 3);
    if (next() < 0.4 && (at + length <= open || at > close + 1) && at + length <= now.length) words.delete(at, length);
    else words.insert(at, ["x", "yy", " zz "][Math.floor(next() * 3)]!);
    take(Y.encodeStateAsUpdate(client, Y.encodeStateVector(server)));
  }
  return { server, log };
}

const textOf = (doc: Y.Doc) => doc.getXmlFragment(DRAFT_FIELD).toString();

describe("a refusal undone exactly", () => {
  it("deleting the text item of a paragraph typed by many: the words come back in order, stored as in memory", () => {
    for (let seed = 1; seed <= 60; seed += 1) {
      const { server, log } = draftTypedByMany(seed);
      const judge = new JudgedApply(server);
      const before = textOf(server);
      const attacker = new Y.Doc();
      Y.applyUpdate(attacker, Y.encodeStateAsUpdate(server));
      let forged: Uint8Array | null = null;
      attacker.on("update", (update: Uint8Array) => (forged = update));
      (attacker.getXmlFragment(DRAFT_FIELD).get(0) as Y.XmlElement).delete(0, 1);

      const judged = judge.apply(forged!, { role: "DELEGATE", memberStateCode: "RU" });
      expect(judged.refused?.reasons, `seed ${seed}`).toContain(
        "the words of a bracket belong to the states that hold it",
      );
      expect(textOf(server), `seed ${seed}: in memory`).toBe(before);
      const replayed = new Y.Doc();
      for (const update of [...log, judged.produced!]) Y.applyUpdate(replayed, update);
      expect(textOf(replayed), `seed ${seed}: as stored`).toBe(before);
    }
  });

  it("an accepted update is stored as it was applied, and nothing waits for a missing clock", () => {
    const { server } = draftTypedByMany(7);
    const judge = new JudgedApply(server);
    const writer = new Y.Doc();
    writer.clientID = 123_456;
    Y.applyUpdate(writer, Y.encodeStateAsUpdate(server));
    const updates: Uint8Array[] = [];
    writer.on("update", (update: Uint8Array) => updates.push(update));
    const words = (writer.getXmlFragment(DRAFT_FIELD).get(0) as Y.XmlElement).get(0) as Y.XmlText;
    words.insert(0, "Also ");
    words.insert(0, "Further, ");
    const gap = judge.apply(updates[1]!, { role: "DELEGATE", memberStateCode: "KZ" });
    expect(gap).toEqual({ produced: null, refused: null, dropped: true });
    expect(server.store.pendingStructs).toBeNull();
    const whole = judge.apply(updates[0]!, { role: "DELEGATE", memberStateCode: "KZ" });
    expect(whole.refused).toBeNull();
    expect(textOf(server)).toContain(">Also ");
    expect(textOf(server)).not.toContain("Further");
  });
});
