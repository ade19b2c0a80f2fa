import { describe, expect, it } from "vitest";
import { addCounts, countParagraphs, summarizeDraft, type SummaryParagraph } from "./dashboard";
import { heading, op, pp, sub } from "./test-support";

const paragraphs: SummaryParagraph[] = [
  pp("p1", { status: "agreed", text: "Recognizing," }),
  pp("p2", { text: "Noting [the turbulence],", ...{} }),
  heading("h1"),
  op("o1", { status: "agreed_ad_ref", text: "Decide;" }),
  op("o2", { text: "Request [Alt 1: a] [Alt 2: b];" }),
  sub("o2a", 1, { text: "by [all] means;" }),
  op("o3", { text: "Invite;" }),
  sub("o3a", 1, { text: "with [care];" }),
  op("o4", { text: "Gone.", deleted: true }),
  op("o5", { text: "Consider;" }),
];
paragraphs[1]!.holds = { brackets: [{ text: "the turbulence", states: ["KZ", "CN"] }] };
paragraphs[3]!.adRef = { states: ["IN", "IR"], deadline: "2022-09-30" };
paragraphs[4]!.holds = {
  alternatives: [
    { label: "Alt 1", states: ["KZ"] },
    { label: "Alt 2", states: ["IN"] },
  ],
};
paragraphs[5]!.holds = { brackets: [{ text: "all", states: ["KZ"] }] };
paragraphs[9]!.holds = { deletion: { proposedBy: ["RU"], retainedBy: ["KZ"] } };
(paragraphs[2] as SummaryParagraph).text = "Chapter I";

describe("summarizeDraft", () => {
  const summary = summarizeDraft(paragraphs, { today: "2022-10-01" });

  it("counts numbered paragraphs by displayed status, sub-paragraphs keeping their parent bracketed", () => {
    expect(summary.counts).toEqual({ agreed: 1, agreed_ad_ref: 1, bracketed: 4, open: 0, deleted: 1 });
    expect(summary.total).toBe(7);
    expect(summary.progress).toBeCloseTo(2 / 6);
    expect(summary.paragraphs.map((p) => [p.ref, p.status, p.outstanding])).toEqual([
      ["PP1", "agreed", 0],
      ["PP2", "bracketed", 1],
      ["OP1", "agreed_ad_ref", 0],
      ["OP2", "bracketed", 3],
      ["OP3", "bracketed", 1],
      ["OP4", "deleted", 0],
      ["OP5", "bracketed", 1],
    ]);
  });

  it("counts section by section, under each heading", () => {
    expect(summary.sections.map((s) => [s.heading, s.total, s.counts.bracketed])).toEqual([
      [null, 2, 1],
      ["Chapter I", 5, 3],
    ]);
  });

  it("says which states hold how many brackets, and where", () => {
    const kz = summary.states.find((s) => s.state === "KZ")!;
    expect(kz).toMatchObject({ brackets: 2, alternatives: 1, deletions: 0 });
    expect(kz.paragraphs.map((p) => [p.ref, p.count])).toEqual([
      ["PP2", 1],
      ["OP2", 1],
      ["OP2 (a)", 1],
    ]);
    expect(summary.states[0]!.state).toBe("KZ");
    expect(summary.states.find((s) => s.state === "RU")).toMatchObject({ deletions: 1 });
    // Typed but unattributed ("[care]") is outstanding, held by nobody in particular.
    expect(summary.states.flatMap((s) => s.paragraphs.map((p) => p.ref))).not.toContain("OP3 (a)");
  });

  it("lists pending ad ref confirmations, overdue ones flagged", () => {
    expect(summary.adRef).toEqual([
      { id: "o1", ref: "OP1", states: ["IN", "IR"], deadline: "2022-09-30", overdue: true },
    ]);
  });

  it("moves when a paragraph gets bracketed", () => {
    const before = summarizeDraft([op("a", { text: "Decide;" })]);
    const after = summarizeDraft([
      { ...op("a", { text: "Decide [now];" }), holds: { brackets: [{ text: "now", states: ["KZ"] }] } },
    ]);
    expect([before.counts.open, before.counts.bracketed]).toEqual([1, 0]);
    expect([after.counts.open, after.counts.bracketed]).toEqual([0, 1]);
    expect(addCounts([before, after]).counts).toMatchObject({ open: 1, bracketed: 1 });
  });
});

describe("countParagraphs", () => {
  it("counts numbered paragraphs, each sub-paragraph within its parent, and says how many sub-paragraphs", () => {
    const counted = countParagraphs([
      { kind: "heading", level: 0, status: "open" },
      { kind: "operative", level: 0, status: "open" },
      { kind: "operative", level: 1, status: "bracketed" }, // keeps its parent bracketed
      { kind: "operative", level: 2, status: "open" },
      { kind: "operative", level: 0, status: "agreed" },
      { kind: "operative", level: 1, status: "open" }, // follows its agreed parent
      { kind: "heading", level: 0, status: "open" },
      { kind: "operative", level: 1, status: "bracketed" }, // no parent after a heading: its own unit
      { kind: "operative", level: 0, status: "deleted" },
    ]);
    expect(counted).toEqual({
      counts: { agreed: 1, agreed_ad_ref: 0, bracketed: 2, open: 0, deleted: 1 },
      total: 4,
      subParagraphs: 3,
    });
  });

  it("is the rule the dashboard counts by: the same figures as summarizeDraft for a draft with sub-paragraphs", () => {
    const summary = summarizeDraft(paragraphs);
    const statuses = paragraphs.map((paragraph) => {
      if (paragraph.kind === "heading")
        return { kind: paragraph.kind, level: paragraph.level, status: "open" as const };
      const own = summarizeDraft([{ ...paragraph, level: 0 }]).paragraphs[0]!.status;
      return { kind: paragraph.kind, level: paragraph.level, status: own };
    });
    expect(countParagraphs(statuses)).toEqual({ counts: summary.counts, total: 7, subParagraphs: 2 });
    expect(summary.subParagraphs).toBe(2);
    expect(addCounts([summary, summary])).toMatchObject({ total: 14, subParagraphs: 4 });
  });
});
