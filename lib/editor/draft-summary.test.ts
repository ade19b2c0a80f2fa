import { Node } from "@tiptap/pm/model";
import { describe, expect, it } from "vitest";
import { draftContentSchema } from "../draft/content";
import { summarizeDraft } from "../negotiation/dashboard";
import { serializeHolds } from "../negotiation/holds";
import { adRefOf, summaryParagraphs } from "./draft-summary";
import { draftToProseMirror } from "./draft-to-prosemirror";
import { draftSchema } from "./extensions";

const draft = draftContentSchema.parse({
  title: "T",
  symbol: "CICA/SWG/2022/9",
  kind: "STATEMENT",
  stage: "SWG",
  paragraphs: [
    { kind: "preambular", text: "Noting [the turbulence],", brackets: [{ text: "the turbulence", states: ["KZ"] }] },
    { kind: "heading", text: "I. Objectives" },
    { kind: "operative", text: "Decide;", status: "agreed_ad_ref", adRef: { states: ["IN"], deadline: "2022-09-30" } },
    {
      kind: "operative",
      text: "Request:",
      deletion: { proposedBy: ["RU"], retainedBy: [] },
      items: [{ text: "a [report];", brackets: [{ text: "report", states: ["CN"] }] }],
    },
  ],
});

describe("summaryParagraphs", () => {
  it("reads the paragraphs of the editor document with their holds, seeded from the demo data", () => {
    const doc = Node.fromJSON(draftSchema(), draftToProseMirror(draft)).toJSON();
    const paragraphs = summaryParagraphs(doc);
    expect(paragraphs.map((p) => [p.kind, p.level, p.holds])).toEqual([
      ["preambular", 0, { brackets: [{ text: "the turbulence", states: ["KZ"] }], alternatives: [], deletion: null }],
      ["heading", 0, { brackets: [], alternatives: [], deletion: null }],
      ["operative", 0, { brackets: [], alternatives: [], deletion: null }],
      ["operative", 0, { brackets: [], alternatives: [], deletion: { proposedBy: ["RU"], retainedBy: [] } }],
      ["operative", 1, { brackets: [{ text: "report", states: ["CN"] }], alternatives: [], deletion: null }],
    ]);
    const summary = summarizeDraft(paragraphs);
    expect(summary.states.map((s) => s.state).sort()).toEqual(["CN", "KZ", "RU"]);
    expect(summary.counts).toMatchObject({ bracketed: 2, agreed_ad_ref: 1 });
  });

  it("reads ad ref details in either stored shape", () => {
    expect(adRefOf({ adRefStates: ["IN", "IR"], adRefDeadline: "2022-09-30" })).toEqual({
      states: ["IN", "IR"],
      deadline: "2022-09-30",
    });
    expect(adRefOf({ adRef: JSON.stringify({ states: ["EG"], deadline: "2022-09-12" }) })).toEqual({
      states: ["EG"],
      deadline: "2022-09-12",
    });
    expect(adRefOf({ adRefStates: "KH, BD" })).toEqual({ states: ["KH", "BD"], deadline: "" });
    expect(adRefOf({})).toBeNull();
    expect(serializeHolds({})).toBeNull();
  });
});
