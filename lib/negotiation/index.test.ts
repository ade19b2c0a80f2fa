// One round of negotiation through the public API only, as the app will drive it.
import { describe, expect, it } from "vitest";
import { checkStatusChange, displayStatus, numberParagraphs, parseBrackets, renumber, type Paragraph } from "./index";

const para = (id: string, text: string, extra: Partial<Paragraph> = {}): Paragraph => ({
  id,
  kind: "operative",
  level: 0,
  status: "open",
  deleted: false,
  text,
  ...extra,
});

describe("a round of negotiation", () => {
  it("numbers, brackets, agrees and renumbers a text", () => {
    const rev1 = renumber([para("a", "Decide;"), para("b", "Call upon;"), para("c", "Request;")]);
    expect(rev1.table.map((entry) => entry.new)).toEqual(["OP1", "OP2", "OP3"]);

    // In the room: OP2 is deleted, a paragraph is inserted after it, OP3 gets brackets.
    const live = [
      para("a", "Decide;"),
      para("b", "Call upon;", { deleted: true }),
      para("n", "Encourage;"),
      para("c", "Request to [combat][counter] terrorism;"),
    ];
    expect(numberParagraphs(live, rev1.base).map((number) => number.display)).toEqual([
      "OP1",
      "OP2 [deleted]",
      "OP2 bis",
      "OP3",
    ]);
    expect(parseBrackets(live[3]!.text).spans.map((span) => span.content)).toEqual(["combat", "counter"]);
    expect(displayStatus(live[3]!)).toBe("bracketed");
    expect(checkStatusChange({ from: "open", to: "agreed", role: "CHAIR", paragraph: live[3]!, label: "OP3" })).toEqual(
      {
        ok: false,
        reason: "OP3 still holds 2 brackets ([combat], [counter]).",
      },
    );

    const rev2 = renumber(live, rev1.base);
    expect(rev2.table.map((entry) => `${entry.old} → ${entry.new ?? "deleted"}`)).toEqual([
      "OP1 → OP1",
      "OP2 → deleted",
      "OP2 bis → OP2",
      "OP3 → OP3",
    ]);
  });
});
