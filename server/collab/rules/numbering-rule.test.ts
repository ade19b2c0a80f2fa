import { prosemirrorJSONToYXmlFragment } from "@tiptap/y-tiptap";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { readNumberingBase, writeNumberingBase } from "../../../lib/collab/numbering-base";
import { draftContentSchema } from "../../../lib/draft/content";
import { draftToProseMirror } from "../../../lib/editor/draft-to-prosemirror";
import { DRAFT_FIELD, draftSchema } from "../../../lib/editor/extensions";
import { renumberDraft } from "../../../lib/editor/renumber-draft";
import { firstLook } from "./first-look";
import { NUMBERING_REASON, numberingRule } from "./numbering-rule";
import type { Sender } from "./rule";

/** The numbering rule alone. */
const look = (doc: Y.Doc, update: Parameters<typeof firstLook>[1], sender: Sender) =>
  firstLook(doc, update, sender, [numberingRule]);

const content = draftContentSchema.parse({
  title: "T",
  symbol: "CICA/SWG/2022/9",
  kind: "STATEMENT",
  stage: "SWG",
  paragraphs: [
    { kind: "preambular", text: "Recognizing the open text,", status: "open" },
    { kind: "operative", text: "Decide;", status: "open" },
    { kind: "operative", text: "Request.", status: "open" },
  ],
});

const delegate = { role: "DELEGATE" as const, memberStateCode: "KZ" };
const secretariat = { role: "SECRETARIAT" as const };
const chair = { role: "CHAIR" as const };

function setup({ withBase = false } = {}) {
  // The text alone (initialState would also freeze a base): a draft stored before bases existed.
  const seeded = new Y.Doc();
  prosemirrorJSONToYXmlFragment(draftSchema(), draftToProseMirror(content), seeded.getXmlFragment(DRAFT_FIELD));
  if (withBase) renumberDraft(seeded);
  // As the collaboration server loads it from Postgres: the numbering root is a bare type then.
  const server = new Y.Doc();
  Y.applyUpdate(server, Y.encodeStateAsUpdate(seeded));
  const client = new Y.Doc();
  Y.applyUpdate(client, Y.encodeStateAsUpdate(server));
  const change = (edit: () => void) => {
    const before = Y.encodeStateVector(client);
    edit();
    const update = Y.encodeStateAsUpdate(client, before);
    return { update, decoded: Y.decodeUpdate(update) };
  };
  return { server, client, change };
}

/** What the collaboration server does with a refused update (document-room.ts): take it in, undo it. */
function takeInAndUndo(
  server: Y.Doc,
  update: Uint8Array,
  scope: ReturnType<typeof look>["paragraphs"] extends Set<infer T> ? T[] : never,
) {
  const refused = Symbol("refused");
  const undo = new Y.UndoManager(scope, { trackedOrigins: new Set([refused]), captureTimeout: 0 });
  Y.applyUpdate(server, update, refused);
  undo.undo();
  undo.destroy();
}

describe("the numbering rule", () => {
  it("refuses a delegate's first base, and undoing it leaves no base", () => {
    const { server, client, change } = setup();
    const { update, decoded } = change(() => writeNumberingBase(client, { x: { kind: "operative", n: 9 } }));
    const found = look(server, decoded, delegate);
    expect(found.reasons).toEqual([NUMBERING_REASON]);
    expect(found.revertWholeUpdate).toBe(false);
    takeInAndUndo(server, update, [...found.paragraphs]);
    expect(readNumberingBase(server)).toEqual({});
  });

  it("refuses a delegate's rewrite of an existing base, and the base stands after the undo", () => {
    const { server, client, change } = setup({ withBase: true });
    const before = readNumberingBase(server);
    expect(Object.keys(before)).toHaveLength(3);
    const { update, decoded } = change(() => writeNumberingBase(client, {}));
    const found = look(server, decoded, delegate);
    expect(found.reasons).toEqual([NUMBERING_REASON]);
    takeInAndUndo(server, update, [...found.paragraphs]);
    expect(readNumberingBase(server)).toEqual(before);
  });

  it("keeps a delegate's typing in the same update while refusing the base", () => {
    const { server, client, change } = setup({ withBase: true });
    const { update, decoded } = change(() =>
      client.transact(() => {
        ((client.getXmlFragment(DRAFT_FIELD).get(1) as Y.XmlElement).get(0) as Y.XmlText).insert(0, "Also ");
        writeNumberingBase(client, {});
      }),
    );
    const found = look(server, decoded, delegate);
    takeInAndUndo(server, update, [...found.paragraphs]);
    expect(Object.keys(readNumberingBase(server))).toHaveLength(3);
    expect(server.getXmlFragment(DRAFT_FIELD).get(1).toString()).toContain("Also Decide;");
  });

  it("lets the secretariat and the chair renumber", () => {
    for (const user of [secretariat, chair]) {
      const { server, client, change } = setup({ withBase: true });
      const { decoded } = change(() => renumberDraft(client));
      expect(look(server, decoded, user)).toMatchObject({ reasons: [], revertWholeUpdate: false });
      const first = setup();
      expect(look(first.server, first.change(() => renumberDraft(first.client)).decoded, user).paragraphs.size).toBe(0);
    }
  });

  it("does not count typing as renumbering", () => {
    const { server, client, change } = setup({ withBase: true });
    const { decoded } = change(() =>
      ((client.getXmlFragment(DRAFT_FIELD).get(0) as Y.XmlElement).get(0) as Y.XmlText).insert(0, "Firmly "),
    );
    expect(look(server, decoded, delegate).paragraphs.size).toBe(0);
  });
});
