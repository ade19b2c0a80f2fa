import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { DRAFT_FIELD } from "../../../lib/editor/extensions";
import { syncedDraft, testDraft } from "../../test-support/synced-draft";
import { inspectUpdate, UnresolvableUpdateError } from ".";

const content = testDraft([
  { kind: "preambular", text: "Recognizing the open text,", status: "open" },
  { kind: "operative", text: "Decide on agreed text;", status: "agreed" },
  { kind: "operative", text: "Request ad ref text.", status: "agreed_ad_ref" },
]);

const delegate = { role: "DELEGATE" as const };
const chair = { role: "CHAIR" as const };

const setup = () => syncedDraft(content);

describe("the first look of every rule at an update", () => {
  it("lets a delegate type in an open paragraph", () => {
    const { server, text, change } = setup();
    const update = change(() => text(0).insert(5, " really"));
    expect(inspectUpdate(server, update, delegate).paragraphs.size).toBe(0);
  });

  it("refuses a delegate's typing or deleting in an agreed or ad ref paragraph", () => {
    const { server, text, change } = setup();
    expect(
      inspectUpdate(
        server,
        change(() => text(1).insert(0, "Not ")),
        delegate,
      ).reasons,
    ).toEqual(["the paragraph is agreed and locked"]);
    const s2 = setup();
    expect(
      inspectUpdate(
        s2.server,
        s2.change(() => s2.text(2).delete(0, 7)),
        delegate,
      ).paragraphs.size,
    ).toBe(1);
  });

  it("refuses a delegate's status change, even on an open paragraph", () => {
    const { server, paragraph, change } = setup();
    const update = change(() => paragraph(0).setAttribute("status", "agreed"));
    expect(inspectUpdate(server, update, delegate).reasons).toEqual(["only the chair sets paragraph status"]);
  });

  it("refuses a delegate's renaming of a paragraph, unless its id is a copy of another's", () => {
    const { server, paragraph, change } = setup();
    const rename = change(() => paragraph(0).setAttribute("pid", "pstolen000000"));
    expect(inspectUpdate(server, rename, delegate).reasons).toEqual(["a paragraph keeps its id"]);

    const copy = setup();
    const original = copy.paragraph(1).getAttribute("pid")!;
    copy.paragraph(0).setAttribute("pid", original); // as a client that copies attributes would
    Y.applyUpdate(copy.server, Y.encodeStateAsUpdate(copy.client));
    const fix = copy.change(() => copy.paragraph(0).setAttribute("pid", "pfresh0000000"));
    expect(inspectUpdate(copy.server, fix, delegate).paragraphs.size).toBe(0);
  });

  it("refuses deleting an agreed paragraph outright", () => {
    const { server, client, change } = setup();
    const found = inspectUpdate(
      server,
      change(() => client.getXmlFragment(DRAFT_FIELD).delete(1, 1)),
      delegate,
    );
    expect(found.revertWholeUpdate).toBe(true);
  });

  it("lets a delegate add a new paragraph between agreed ones, and write in it", () => {
    const { server, client, change } = setup();
    const update = change(() => {
      const added = new Y.XmlElement("paragraph");
      added.setAttribute("kind", "operative");
      added.setAttribute("status", "open");
      added.insert(0, [new Y.XmlText("Decide also;")]);
      client.getXmlFragment(DRAFT_FIELD).insert(2, [added]);
    });
    expect(inspectUpdate(server, update, delegate).paragraphs.size).toBe(0);
  });

  it("refuses a new paragraph that a delegate creates already agreed", () => {
    const { server, client, change } = setup();
    const update = change(() => {
      const added = new Y.XmlElement("paragraph");
      added.setAttribute("status", "agreed");
      client.getXmlFragment(DRAFT_FIELD).insert(0, [added]);
    });
    const found = inspectUpdate(server, update, delegate);
    expect(found).toMatchObject({ revertWholeUpdate: true, reasons: ["only the chair sets paragraph status"] });
  });

  it("lets the chair change anything", () => {
    const { server, text, paragraph, change } = setup();
    const update = change(() => {
      text(1).insert(0, "Chair: ");
      paragraph(0).setAttribute("status", "agreed");
    });
    expect(inspectUpdate(server, update, chair).paragraphs.size).toBe(0);
  });

  it("follows a long run of offline typing without losing its way", () => {
    const { server, text, change } = setup();
    const open = change(() => {
      for (let i = 0; i < 3000; i += 1) text(0).insert(text(0).length, "x");
    });
    expect(inspectUpdate(server, open, delegate).paragraphs.size).toBe(0);
    const s2 = setup();
    const locked = s2.change(() => {
      for (let i = 0; i < 3000; i += 1) s2.text(1).insert(s2.text(1).length, "x");
    });
    expect(inspectUpdate(s2.server, locked, delegate).paragraphs.size).toBe(1);
  });

  it("refuses an update that builds on text the server does not hold", () => {
    const { server, text, change } = setup();
    change(() => text(0).insert(0, "unsent "));
    const dependent = change(() => text(0).insert(3, "x"));
    expect(() => inspectUpdate(server, dependent, delegate)).toThrow(UnresolvableUpdateError);
  });
});
