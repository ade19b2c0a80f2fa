// Nested brackets and deletion proposals, in every format, as the editor shows them
// (lib/editor/bracket-decorations.ts): each bracket's holders right after its own "]", inner
// first, and "IN: delete · CN, KH, PK: retain" at the head of a paragraph proposed for deletion.
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { pdfText } from "../test-support/office-tools";
import { exportDocument, plainRuns } from "./export-document";
import { renderAkn } from "./render-akn";
import { renderDocx } from "./render-docx";
import { renderHtml } from "./render-html";
import { renderPdf } from "./render-pdf";
import { heading, p } from "./test-support";

// OP5 of the Astana Statement as seeded: a bracket inside a bracket, each with its holders.
const nested = p(
  "op5",
  "OP5",
  "Task the Committee to [prepare a roadmap[, including an indicative timeline]] for consideration;",
  {
    status: "bracketed",
    brackets: [
      { text: "prepare a roadmap[, including an indicative timeline]", states: ["KZ", "RU", "CN"] },
      { text: ", including an indicative timeline", states: ["KZ", "AZ", "TR"] },
    ],
  },
);
const proposed = p("op14", "OP14", "Welcome the Global Development Initiative;", {
  status: "bracketed",
  deletion: { proposedBy: ["IN"], retainedBy: ["CN", "KH", "PK"] },
});
const document = exportDocument("negotiation", { heading, text: { paragraphs: [nested, proposed], deleted: [] } });

describe("the export model", () => {
  it("puts each bracket's holders after its own ']', the inner bracket's first, and no ']' twice", () => {
    expect(document.paragraphs[0]!.runs).toEqual([
      { kind: "text", text: "Task the Committee to [prepare a roadmap[, including an indicative timeline]" },
      { kind: "holders", text: "KZ, AZ, TR" },
      { kind: "text", text: "]" },
      { kind: "holders", text: "KZ, RU, CN" },
      { kind: "text", text: " for consideration;" },
    ]);
    const words = document.paragraphs[0]!.runs.filter((run) => run.kind === "text").map((run) => run.text);
    expect(words.join("")).toBe(nested.text);
  });

  it("says who proposes deleting a paragraph and who asks to retain it, at its head, as the editor does", () => {
    expect(document.paragraphs[1]!.runs[0]).toEqual({
      kind: "deletionProposal",
      text: "IN: delete · CN, KH, PK: retain",
    });
    expect(plainRuns(document.paragraphs[1]!.runs)).toBe(
      "IN: delete · CN, KH, PK: retain Welcome the Global Development Initiative;",
    );
    expect(document.paragraphs[1]!.note).toBe("Bracketed");
  });

  it("shows no deletion proposal where nobody proposes one, nor in a revision stored before they were kept", () => {
    const old = { ...proposed };
    delete old.deletion;
    for (const paragraph of [old, { ...proposed, deletion: null }]) {
      const runs = exportDocument("negotiation", { heading, text: { paragraphs: [paragraph], deleted: [] } })
        .paragraphs[0]!.runs;
      expect(runs.map((run) => run.kind)).toEqual(["text"]);
    }
  });

  it("matches holders bracket by bracket, so the same words bracketed twice keep their own holders", () => {
    const twice = p("op1", "OP1", "[combat] and [combat]", {
      brackets: [
        { text: "combat", states: ["RU"] },
        { text: "combat", states: ["KZ"] },
      ],
    });
    const runs = exportDocument("negotiation", { heading, text: { paragraphs: [twice], deleted: [] } }).paragraphs[0]!
      .runs;
    expect(runs.filter((run) => run.kind === "holders").map((run) => run.text)).toEqual(["RU", "KZ"]);
  });
});

describe("every renderer", () => {
  it("HTML", () => {
    const html = renderHtml(document);
    expect(html).toContain(
      'timeline]<sup class="holders">KZ, AZ, TR</sup>]<sup class="holders">KZ, RU, CN</sup> for consideration;',
    );
    expect(html).toContain(
      '<span class="deletion-proposal">IN: delete · CN, KH, PK: retain</span> Welcome the Global Development',
    );
  });

  it("Akoma Ntoso", () => {
    const xml = renderAkn(document);
    expect(xml).toContain(
      'timeline]<sup class="holders">KZ, AZ, TR</sup>]<sup class="holders">KZ, RU, CN</sup> for consideration;',
    );
    expect(xml).toContain(
      '<span class="deletionProposal">IN: delete · CN, KH, PK: retain</span> Welcome the Global Development',
    );
  });

  it("Word: the holders in their character style after each ']', the deletion proposal in its own", async () => {
    const zip = await JSZip.loadAsync(await renderDocx(document, "Secretariat", new Date("2022-10-13T10:00:00Z")));
    const xml = await zip.file("word/document.xml")!.async("string");
    // The runs in order, each as [style, text], read from the document's XML.
    const runs = [...xml.matchAll(/<w:r>(.*?)<\/w:r>/gs)].map(([, run]) => [
      /<w:rStyle w:val="([^"]+)"/.exec(run!)?.[1] ?? "",
      // Holder lists are joined by no-break spaces (they never break across lines): read as spaces.
      [...run!.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map(([, text]) => text!.replace(/\u00a0/g, " ")).join(""),
    ]);
    const at = runs.findIndex(([, text]) => text!.endsWith("timeline]"));
    expect(runs.slice(at + 1, at + 5)).toEqual([
      ["Holders", "KZ, AZ, TR"],
      ["", "]"],
      ["Holders", "KZ, RU, CN"],
      ["", " for consideration;"],
    ]);
    const proposal = runs.findIndex(([style]) => style === "DeletionProposal");
    expect(runs[proposal]![1]!.trim()).toBe("IN: delete · CN, KH, PK: retain");
    expect(runs[proposal + 1]![1]).toContain("Welcome the Global Development Initiative;");
  });

  it("PDF, as pdftotext reads it", async () => {
    const text = (await pdfText(await renderPdf(document))).replace(/\s+/g, " ");
    expect(text).toMatch(/timeline\] ?KZ, AZ, TR ?\] ?KZ, RU, CN for consideration;/);
    expect(text).not.toMatch(/\]\s*\]/);
    expect(text).toMatch(/IN: delete · CN, KH, PK: retain Welcome the Global Development Initiative;/);
  });
});
