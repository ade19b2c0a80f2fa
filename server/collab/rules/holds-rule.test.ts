import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { DRAFT_FIELD } from "../../../lib/editor/extensions";
import { parseHolds, serializeHolds } from "../../../lib/negotiation/holds";
import { syncedDraft, testDraft } from "../../test-support/synced-draft";
import { firstLook } from "./first-look";
import { holdsRule } from "./holds-rule";
import { lockRule } from "./lock-rule";
import type { Sender } from "./rule";

/** The holds rule alone (with the lock rule where a test says so). */
const look = (doc: Y.Doc, update: Parameters<typeof firstLook>[1], sender: Sender, rules = [holdsRule]) =>
  firstLook(doc, update, sender, rules);

const content = testDraft([
  {
    kind: "operative",
    text: "Decide to [combat] terrorism;",
    brackets: [{ text: "combat", states: ["RU", "CN"] }],
    items: [{ text: "by [all] means;", brackets: [{ text: "all", states: ["IN"] }] }],
  },
  { kind: "operative", text: "Request a report.", deletion: { proposedBy: ["IN"], retainedBy: ["AZ"] } },
  { kind: "operative", text: "Agreed [text].", status: "agreed" },
]);

const kz = { role: "DELEGATE" as const, memberStateCode: "KZ" };
const ru = { role: "DELEGATE" as const, memberStateCode: "RU" };
const chair = { role: "CHAIR" as const, memberStateCode: null };

function setup() {
  const draft = syncedDraft(content);
  const subParagraph = () => ((draft.fragment.get(1) as Y.XmlElement).get(0) as Y.XmlElement).get(0) as Y.XmlElement; // list → item → paragraph
  const holdsOf = (element: Y.XmlElement) => parseHolds(element.getAttribute("holds"));
  return { ...draft, subParagraph, holdsOf };
}

describe("the holds rule", () => {
  it("lets a delegation join and then withdraw from a bracket", () => {
    const { server, paragraph, holdsOf, change, accept } = setup();
    const holds = holdsOf(paragraph(0));
    const join = change(() =>
      paragraph(0).setAttribute(
        "holds",
        serializeHolds({ ...holds, brackets: [{ text: "combat", states: ["RU", "CN", "KZ"] }] })!,
      ),
    );
    expect(look(server, join, kz)).toMatchObject({ reasons: [], revertWholeUpdate: false });
    accept();
    const withdraw = change(() =>
      paragraph(0).setAttribute(
        "holds",
        serializeHolds({ ...holds, brackets: [{ text: "combat", states: ["RU", "CN"] }] })!,
      ),
    );
    expect(look(server, withdraw, kz).reasons).toEqual([]);
    expect(look(server, withdraw, ru).reasons).toEqual(["a delegation speaks only for itself"]);
  });

  it("refuses a delegation adding or removing another state", () => {
    const { server, paragraph, holdsOf, change } = setup();
    const holds = holdsOf(paragraph(0));
    const forOthers = change(() =>
      paragraph(0).setAttribute(
        "holds",
        serializeHolds({ ...holds, brackets: [{ text: "combat", states: ["RU", "CN", "TR"] }] })!,
      ),
    );
    const found = look(server, forOthers, kz);
    expect(found.reasons).toEqual(["a delegation speaks only for itself"]);
    expect(found.paragraphs.size).toBe(1);

    const s2 = setup();
    const removeRu = s2.change(() =>
      s2.paragraph(0).setAttribute("holds", serializeHolds({ brackets: [{ text: "combat", states: ["CN"] }] })!),
    );
    expect(look(s2.server, removeRu, kz).reasons).toEqual(["a delegation speaks only for itself"]);
    expect(look(s2.server, removeRu, chair).reasons).toEqual([]);
  });

  it("refuses clearing the attribute when others hold brackets, allows it for the chair", () => {
    const { server, paragraph, change } = setup();
    const clear = change(() => paragraph(0).removeAttribute("holds"));
    expect(look(server, clear, ru).reasons).toEqual(["a delegation speaks only for itself"]);
    expect(look(server, clear, chair).paragraphs.size).toBe(0);
  });

  it("judges the value an update leaves, not the steps on the way", () => {
    const { server, paragraph, holdsOf, change } = setup();
    const holds = holdsOf(paragraph(0));
    const roundTrip = change(() => {
      paragraph(0).setAttribute("holds", serializeHolds({ brackets: [] })!);
      paragraph(0).setAttribute(
        "holds",
        serializeHolds({ ...holds, brackets: [...holds.brackets, { text: "x", states: ["KZ"] }] })!,
      );
    });
    expect(look(server, roundTrip, kz).reasons).toEqual([]);
  });

  it("polices sub-paragraphs and deletion proposals too", () => {
    const { server, paragraph, subParagraph, change } = setup();
    const stealSub = change(() =>
      subParagraph().setAttribute("holds", serializeHolds({ brackets: [{ text: "all", states: ["KZ"] }] })!),
    );
    expect(look(server, stealSub, kz).reasons).toEqual(["a delegation speaks only for itself"]);

    const s2 = setup();
    const retain = s2.change(() =>
      s2
        .paragraph(2)
        .setAttribute("holds", serializeHolds({ deletion: { proposedBy: ["IN"], retainedBy: ["AZ", "KZ"] } })!),
    );
    expect(look(s2.server, retain, kz).reasons).toEqual([]);
    s2.accept();
    const flip = s2.change(() =>
      s2.paragraph(2).setAttribute("holds", serializeHolds({ deletion: { proposedBy: ["AZ"], retainedBy: ["IN"] } })!),
    );
    expect(look(s2.server, flip, kz).reasons).toEqual(["a delegation speaks only for itself"]);
    void paragraph;
  });

  it("refuses a new paragraph that arrives holding brackets for another state", () => {
    const { server, client, change, accept } = setup();
    const forged = change(() => {
      const added = new Y.XmlElement("paragraph");
      added.setAttribute("holds", serializeHolds({ brackets: [{ text: "x", states: ["RU"] }] })!);
      added.insert(0, [new Y.XmlText("[x]")]);
      client.getXmlFragment(DRAFT_FIELD).insert(0, [added]);
    });
    expect(look(server, forged, kz)).toMatchObject({
      revertWholeUpdate: true,
      reasons: ["a delegation speaks only for itself"],
    });
    accept();
    const own = change(() => {
      const added = new Y.XmlElement("paragraph");
      added.setAttribute("holds", serializeHolds({ brackets: [{ text: "y", states: ["KZ"] }] })!);
      client.getXmlFragment(DRAFT_FIELD).insert(0, [added]);
    });
    expect(look(server, own, kz).revertWholeUpdate).toBe(false);
  });

  it("lets a delegation delete a whole open paragraph, holds and all", () => {
    const { server, client, change } = setup();
    const removal = change(() => client.getXmlFragment(DRAFT_FIELD).delete(0, 2)); // OP1 and its list
    expect(look(server, removal, kz)).toMatchObject({ reasons: [], revertWholeUpdate: false });
  });

  it("keeps agreed paragraphs locked, holds or not", () => {
    const { server, paragraph, change } = setup();
    const onLocked = change(() =>
      paragraph(3).setAttribute("holds", serializeHolds({ brackets: [{ text: "text", states: ["KZ"] }] })!),
    );
    expect(look(server, onLocked, kz, [holdsRule, lockRule]).reasons).toEqual(["the paragraph is agreed and locked"]);
  });
});
