// The chair's status changes, as the collaboration server judges them (status-changes.ts through
// status-rule.ts): agreement only without brackets, ad ref only with states and a deadline,
// reopening always; and the ad ref details are the chair's alone.
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { syncedDraft, testDraft } from "../../test-support/synced-draft";
import { firstLook } from "./first-look";
import type { Sender } from "./rule";
import { statusRule } from "./status-rule";

/** The status rule alone. */
const look = (doc: Y.Doc, update: Parameters<typeof firstLook>[1], sender: Sender) =>
  firstLook(doc, update, sender, [statusRule]);

const content = testDraft([
  { kind: "preambular", text: "Recognizing the open text,", status: "open" },
  { kind: "operative", text: "Decide to [combat][counter] terrorism;", status: "open" },
  { kind: "operative", text: "Decide on agreed text;", status: "agreed" },
  { kind: "operative", text: "Request ad ref text.", status: "agreed_ad_ref" },
]);

const chair = { role: "CHAIR" as const };
const delegate = { role: "DELEGATE" as const, memberStateCode: "RU" };

const setup = () => syncedDraft(content);

describe("the chair's status changes", () => {
  it("refuses the chair's agreement of a bracketed paragraph, with the reason", () => {
    const { server, paragraph, change } = setup();
    const update = change(() => paragraph(1).setAttribute("status", "agreed"));
    const found = look(server, update, chair);
    expect(found.paragraphs.size).toBe(1);
    expect(found.reasons).toEqual(["OP1 still holds 2 brackets ([combat], [counter])."]);
  });

  it("lets the chair agree a paragraph without brackets, and keeps the change for the history", () => {
    const { server, paragraph, change } = setup();
    const update = change(() => paragraph(0).setAttribute("status", "agreed"));
    const found = look(server, update, chair);
    expect(found.paragraphs.size).toBe(0);
    expect(found.statusChanges).toEqual([
      { pid: paragraph(0).getAttribute("pid"), from: "open", to: "agreed", adRefStates: [], adRefDeadline: null },
    ]);
  });

  it("lets the chair reopen an agreed paragraph", () => {
    const { server, paragraph, change } = setup();
    const update = change(() => paragraph(2).setAttribute("status", "open"));
    expect(look(server, update, chair).paragraphs.size).toBe(0);
  });

  it("refuses ad ref without states or with a malformed deadline, accepts it with both", () => {
    const s1 = setup();
    const noStates = s1.change(() => {
      s1.paragraph(0).setAttribute("status", "agreed_ad_ref");
      s1.paragraph(0).setAttribute("adRefDeadline", "2099-12-12");
    });
    expect(look(s1.server, noStates, chair).reasons).toEqual([
      "Agreed ad ref needs at least one state whose capital is to confirm.",
    ]);

    const s2 = setup();
    const badDate = s2.change(() => {
      s2.paragraph(0).setAttribute("status", "agreed_ad_ref");
      s2.paragraph(0).setAttribute("adRefStates", "RU,CN");
      s2.paragraph(0).setAttribute("adRefDeadline", "2099-13-40");
    });
    expect(look(s2.server, badDate, chair).reasons[0]).toMatch(/needs a deadline/);

    const s3 = setup();
    const past = s3.change(() => {
      s3.paragraph(0).setAttribute("status", "agreed_ad_ref");
      s3.paragraph(0).setAttribute("adRefStates", "RU");
      s3.paragraph(0).setAttribute("adRefDeadline", "2001-01-01");
    });
    expect(look(s3.server, past, chair).reasons[0]).toMatch(/deadline .* has passed/);

    const s4 = setup();
    const good = s4.change(() => {
      s4.paragraph(0).setAttribute("status", "agreed_ad_ref");
      s4.paragraph(0).setAttribute("adRefStates", "RU,CN");
      s4.paragraph(0).setAttribute("adRefDeadline", "2099-12-12");
    });
    const accepted = look(s4.server, good, chair);
    expect(accepted.paragraphs.size).toBe(0);
    expect(accepted.statusChanges[0]).toMatchObject({
      to: "agreed_ad_ref",
      adRefStates: ["RU", "CN"],
      adRefDeadline: "2099-12-12",
    });
  });

  it("lets the chair type anywhere without the status check getting in the way", () => {
    const { server, paragraph, change } = setup();
    const update = change(() => (paragraph(1).get(0) as Y.XmlText).insert(0, "[more] "));
    expect(look(server, update, chair).paragraphs.size).toBe(0);
  });
});

describe("ad ref details are the chair's", () => {
  it("refuses a delegate's change of the ad ref states or deadline", () => {
    const s1 = setup();
    const states = s1.change(() => s1.paragraph(0).setAttribute("adRefStates", "RU"));
    expect(look(s1.server, states, delegate).reasons).toEqual(["only the chair sets paragraph status"]);
    const s2 = setup();
    const deadline = s2.change(() => s2.paragraph(3).setAttribute("adRefDeadline", "2099-01-01"));
    expect(look(s2.server, deadline, delegate).paragraphs.size).toBe(1);
  });
});
