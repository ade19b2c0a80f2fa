// Each rule's judgement of what an update did, alone: the update is applied to a server doc and
// only the rule under test judges the transaction.
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { NUMBERING_ROOT } from "../../../lib/collab/numbering-base";
import { testDraft } from "../../test-support/synced-draft";
import { DRAFT_FIELD } from "../../../lib/editor/extensions";
import { BRACKET_WORDS_REASON } from "../../../lib/negotiation/protected-brackets";
import { initialState } from "../load-document";
import { numberingRoot } from "../numbering-root";
import { bracketWordsRule } from "./bracket-words-rule";
import { CHARACTERS_REASON, contentRule, MAX_PARAGRAPH_CHARACTERS, PARAGRAPH_SIZE_REASON } from "./content-rule";
import { judgeEffect } from "./judge-effect";
import { KIND_REASON, kindRule } from "./kind-rule";
import { LOCKED_REASON, lockRule } from "./lock-rule";
import { NUMBERING_REASON, numberingRule } from "./numbering-rule";
import { ID_REASON, paragraphIdRule } from "./paragraph-id-rule";
import type { Sender, UpdateRule } from "./rule";
import { STATUS_REASON, statusRule } from "./status-rule";
import type { Verdict } from "./verdicts";

const content = testDraft([
  { kind: "operative", text: "Decide to [combat] terrorism;", brackets: [{ text: "combat", states: ["RU"] }] },
  { kind: "operative", text: "Agreed text.", status: "agreed" },
]);

const kz: Sender = { role: "DELEGATE", memberStateCode: "KZ" };
const ru: Sender = { role: "DELEGATE", memberStateCode: "RU" };
const chair: Sender = { role: "CHAIR", memberStateCode: null };
const secretariat: Sender = { role: "SECRETARIAT", memberStateCode: null };

/** What `rule` alone says of `edit`, made by a client and applied to the server's doc. */
function judge(
  rule: UpdateRule,
  sender: Sender,
  edit: (fragment: Y.XmlFragment, doc: Y.Doc) => void,
  /** The text as stored before (unjudged). */
  stored?: (fragment: Y.XmlFragment) => void,
): Verdict {
  const server = new Y.Doc();
  Y.applyUpdate(server, initialState(content));
  stored?.(server.getXmlFragment(DRAFT_FIELD));
  // As the room does: its roots typed before anything is judged (numbering-root.ts says why).
  server.getXmlFragment(DRAFT_FIELD);
  numberingRoot(server);
  const client = new Y.Doc();
  Y.applyUpdate(client, Y.encodeStateAsUpdate(server));
  const before = Y.encodeStateVector(client);
  client.transact(() => edit(client.getXmlFragment(DRAFT_FIELD), client));
  let verdict: Verdict | null = null;
  server.on("afterTransaction", (tr: Y.Transaction) => (verdict = judgeEffect(tr, sender, [rule])));
  Y.applyUpdate(server, Y.encodeStateAsUpdate(client, before));
  return verdict!;
}

const paragraph = (fragment: Y.XmlFragment, index: number) => fragment.get(index) as Y.XmlElement;
const words = (fragment: Y.XmlFragment, index: number) => paragraph(fragment, index).get(0) as Y.XmlText;

describe("each rule's judgement, alone", () => {
  it("content: no control characters and no giant paragraph, from anyone", () => {
    expect(judge(contentRule, chair, (f) => words(f, 0).insert(0, "\u0007")).reasons).toEqual([CHARACTERS_REASON]);
    const long = "x".repeat(MAX_PARAGRAPH_CHARACTERS + 1);
    expect(judge(contentRule, kz, (f) => words(f, 0).insert(0, long)).reasons).toEqual([PARAGRAPH_SIZE_REASON]);
    expect(judge(contentRule, kz, (f) => words(f, 0).insert(0, "Firmly ")).reasons).toEqual([]);
  });

  it("status: the chair's only", () => {
    const agree = (f: Y.XmlFragment) => paragraph(f, 0).setAttribute("status", "agreed");
    expect(judge(statusRule, kz, agree).reasons).toEqual([STATUS_REASON]);
    expect(judge(statusRule, secretariat, agree).reasons).toEqual([STATUS_REASON]);
    expect(judge(statusRule, chair, agree).reasons).toEqual([]);
  });

  it("paragraph id: fixed once given, unless a copy holds it too", () => {
    expect(judge(paragraphIdRule, kz, (f) => paragraph(f, 0).setAttribute("pid", "mine")).reasons).toEqual([ID_REASON]);
    const copy = (f: Y.XmlFragment) => {
      const duplicate = new Y.XmlElement("paragraph");
      duplicate.setAttribute("pid", String(paragraph(f, 0).getAttribute("pid")));
      f.insert(2, [duplicate]);
    };
    expect(judge(paragraphIdRule, kz, (f) => paragraph(f, 2).setAttribute("pid", "new"), copy).reasons).toEqual([]);
    expect(judge(paragraphIdRule, chair, (f) => paragraph(f, 0).setAttribute("pid", "mine")).reasons).toEqual([]);
  });

  it("kind: the chair's and the secretariat's", () => {
    const toPreamble = (f: Y.XmlFragment) => paragraph(f, 0).setAttribute("kind", "preambular");
    expect(judge(kindRule, kz, toPreamble).reasons).toEqual([KIND_REASON]);
    expect(judge(kindRule, secretariat, toPreamble).reasons).toEqual([]);
  });

  it("lock: agreed text is the chair's alone", () => {
    const typeInAgreed = (f: Y.XmlFragment) => words(f, 1).insert(0, "Not ");
    expect(judge(lockRule, kz, typeInAgreed)).toMatchObject({ reasons: [LOCKED_REASON], whole: false });
    expect(judge(lockRule, secretariat, typeInAgreed).reasons).toEqual([LOCKED_REASON]);
    expect(judge(lockRule, chair, typeInAgreed).reasons).toEqual([]);
    expect(judge(lockRule, kz, (f) => words(f, 0).insert(0, "Firmly ")).reasons).toEqual([]);
  });

  it("bracket words: another state's words stand; its own are the holder's", () => {
    const insideCombat = (f: Y.XmlFragment) => words(f, 0).insert("Decide to [com".length, "X");
    expect(judge(bracketWordsRule, kz, insideCombat).reasons).toEqual([BRACKET_WORDS_REASON]);
    expect(judge(bracketWordsRule, ru, insideCombat).reasons).toEqual([]);
    expect(judge(bracketWordsRule, chair, insideCombat).reasons).toEqual([]);
    expect(judge(bracketWordsRule, kz, (f) => words(f, 0).insert(0, "We ")).reasons).toEqual([]);
  });

  it("numbering: the chair's and the secretariat's", () => {
    const renumber = (_f: Y.XmlFragment, doc: Y.Doc) =>
      doc.getMap(NUMBERING_ROOT).set("x", { kind: "operative", n: 9 });
    expect(judge(numberingRule, kz, renumber).reasons).toEqual([NUMBERING_REASON]);
    expect(judge(numberingRule, secretariat, renumber).reasons).toEqual([]);
  });
});
