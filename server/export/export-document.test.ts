import { describe, expect, it } from "vitest";
import { compareTexts } from "../../lib/revisions";
import { BracketsRemainError, exportDocument, plainRuns } from "./export-document";
import { renderAkn } from "./render-akn";
import { heading, p } from "./test-support";
import { renderHtml } from "./render-html";

const paragraphs = [
  p("pp1", "PP1", "Recalling the Charter,"),
  p("op1", "OP1", "Decide to act;"),
  p("op1a", "OP1 (a)", "first;", { level: 1 }),
  p("op1b", "OP1 (b)", "second;", { level: 1 }),
  p("op1bis", "OP1 bis", "Welcome the report;"),
  p("op3", "OP3", "Request the Secretariat;"),
];

describe("the export model", () => {
  it("numbers the clean text afresh: preambular unnumbered, operative 1, 2 …, (a) under each", () => {
    const clean = exportDocument("clean", { heading, text: { paragraphs, deleted: [{ id: "op2", number: "OP2" }] } });
    expect(clean.paragraphs.map((item) => item.number)).toEqual([null, "1.", "(a)", "(b)", "2.", "3."]);
    expect(clean.paragraphs.map((item) => plainRuns(item.runs))).toEqual(paragraphs.map((item) => item.text));
    expect(clean.paragraphs.every((item) => item.note === null)).toBe(true);
  });

  it("refuses a clean text while brackets remain, naming the paragraphs; a draft clean text keeps them", () => {
    const bracketed = [
      ...paragraphs,
      p("op4", "OP4", "Decide to [combat][counter] terrorism;", { status: "bracketed" }),
    ];
    expect(() => exportDocument("clean", { heading, text: { paragraphs: bracketed, deleted: [] } })).toThrow(
      new BracketsRemainError(["OP4"]),
    );
    const draft = exportDocument("clean", { heading, text: { paragraphs: bracketed, deleted: [] }, draft: true });
    expect(draft.heading.draft).toBe(true);
    expect(plainRuns(draft.paragraphs.at(-1)!.runs)).toBe("Decide to [combat][counter] terrorism;");
  });

  it("keeps the room's numbers, puts '[deleted]' where the paragraph stood and names who holds each bracket", () => {
    const text = {
      paragraphs: [
        ...paragraphs,
        p("op4", "OP4", "Decide to [combat][counter] terrorism;", {
          status: "bracketed",
          brackets: [
            { text: "combat", states: ["RU", "CN"] },
            { text: "counter", states: [] },
          ],
        }),
      ],
      deleted: [{ id: "op2", number: "OP2" }],
    };
    const negotiation = exportDocument("negotiation", { heading, text });
    expect(negotiation.paragraphs.map((item) => item.number)).toEqual([
      "PP1",
      "OP1",
      "OP1 (a)",
      "OP1 (b)",
      "OP1 bis",
      "OP2",
      "OP3",
      "OP4",
    ]);
    expect(plainRuns(negotiation.paragraphs[5]!.runs)).toBe("[deleted]");
    expect(negotiation.paragraphs[7]!.runs).toEqual([
      { kind: "text", text: "Decide to [combat]" },
      { kind: "holders", text: "RU, CN" },
      { kind: "text", text: "[counter] terrorism;" },
    ]);
    expect(negotiation.paragraphs[7]!.note).toBe("Bracketed");
  });

  it("marks a redline's words inserted and deleted, and whole paragraphs new or gone", () => {
    const before = {
      paragraphs: [p("op1", "OP1", "Decide to act now;"), p("op2", "OP2", "Note the report;")],
      deleted: [],
    };
    const after = { paragraphs: [p("op1", "OP1", "Decide to act;"), p("op3", "OP3", "Welcome it;")], deleted: [] };
    const redline = exportDocument("redline", {
      heading: { ...heading, against: "Rev.1" },
      text: after,
      comparison: compareTexts(before, after),
    });
    const [op1, ...rest] = redline.paragraphs;
    expect(
      op1!.runs
        .filter((run) => run.kind === "deleted")
        .map((run) => run.text)
        .join(""),
    ).toBe(" now");
    expect(rest.map((item) => item.change).sort()).toEqual(["deleted", "inserted"]);
  });

  it("never lets typed markup through into HTML or XML", () => {
    const hostile = [
      p("op1", "OP1", '<script>alert("x")</script> & [<b>bold</b>]', {
        brackets: [{ text: "<b>bold</b>", states: ["RU"] }],
      }),
    ];
    const document = exportDocument("negotiation", {
      heading: { ...heading, title: "<i>T</i>" },
      text: { paragraphs: hostile, deleted: [] },
    });
    for (const output of [renderHtml(document), renderAkn(document)]) {
      expect(output).not.toContain("<script>");
      expect(output).not.toContain("<b>");
      expect(output).not.toContain("<i>T");
      expect(output).toContain("&lt;script&gt;");
    }
  });
});

describe("characters XML 1.0 cannot carry", () => {
  it("never reach an export, whatever the variant: Word and Akoma Ntoso stay well-formed", () => {
    const text = {
      paragraphs: [
        p("op1", "OP1", "Decide\u0001 to\u000B act\u001F;\uFFFE"),
        p("op2", "OP2", "Request the Secretariat;"),
      ],
      deleted: [],
    };
    for (const variant of ["clean", "negotiation"] as const) {
      const document = exportDocument(variant, { heading: { ...heading, title: "State\u0001ment" }, text });
      expect(plainRuns(document.paragraphs[0]!.runs)).toBe("Decide to act;");
      expect(document.heading.title).toBe("Statement");
      expect(renderAkn(document)).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE]/);
    }
  });
});
