import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { compareTexts } from "../../lib/revisions";
import { exportDocument, plainRuns } from "./export-document";
import { renderAkn } from "./render-akn";
import { heading, p } from "./test-support";
import { renderDocx } from "./render-docx";
import { renderHtml } from "./render-html";

const text = {
  paragraphs: [
    p("pp1", "PP1", "Recalling also its resolution 60/288,"),
    p("pp2", "PP2", "[Strongly condemning][Condemning] terrorism,", {
      brackets: [{ text: "Strongly condemning", states: ["RU"] }],
    }),
    p("pp3", "PP3", "“Nothing is agreed”, as the saying goes,"),
    p("op1", "OP1", "Recalling nothing, decide to act;"),
  ],
  deleted: [{ id: "pp9", number: "PP9" }],
};

/** The italic words of each paragraph. */
const italics = (document: ReturnType<typeof exportDocument>) =>
  document.paragraphs.map((item) =>
    item.runs
      .filter((run) => "italic" in run && run.italic)
      .map((run) => run.text)
      .join("|"),
  );

describe("the opening of a preambular paragraph in exports", () => {
  it("is italic in the model of every variant, and the words stay as they were", () => {
    const clean = exportDocument("clean", { heading, text, draft: true });
    expect(italics(clean)).toEqual(["Recalling also", "Strongly condemning", "", ""]);
    expect(clean.paragraphs.map((item) => plainRuns(item.runs))).toEqual(text.paragraphs.map((item) => item.text));

    const negotiation = exportDocument("negotiation", { heading, text });
    // The holders' label after the bracket is not read as words; "[deleted]" PP9 has no opening.
    expect(italics(negotiation)).toEqual(["Recalling also", "Strongly condemning", "", "", ""]);
  });

  it("follows the new words in a redline, never the struck ones", () => {
    const before = { paragraphs: [p("pp1", "PP1", "Noting the report,")], deleted: [] };
    const after = { paragraphs: [p("pp1", "PP1", "Welcoming with satisfaction the report,")], deleted: [] };
    const redline = exportDocument("redline", {
      heading: { ...heading, against: "Rev.1" },
      text: after,
      comparison: compareTexts(before, after),
    });
    const runs = redline.paragraphs[0]!.runs;
    expect(
      runs
        .filter((run) => run.kind !== "deleted" && "italic" in run && run.italic)
        .map((run) => run.text)
        .join(""),
    ).toBe("Welcoming with satisfaction");
    expect(runs.some((run) => run.kind === "deleted" && run.italic)).toBe(false);
  });

  it("is <i> in HTML and Akoma Ntoso, escaped like any words", () => {
    const document = exportDocument("negotiation", { heading, text });
    expect(renderHtml(document)).toContain("<i>Recalling also</i> its resolution");
    expect(renderHtml(document)).toContain('[<i>Strongly condemning</i>]<sup class="holders">RU</sup>');
    const akn = renderAkn(document);
    expect(akn).toContain("<p><i>Recalling also</i> its resolution 60/288,");
    expect(akn).not.toContain("<i>Recalling nothing");
  });

  it("is italic direct formatting in Word, on the opening's run only", async () => {
    const document = exportDocument("negotiation", { heading, text });
    const zip = await JSZip.loadAsync(await renderDocx(document, "Secretariat", new Date("2022-10-13T10:00:00Z")));
    const xml = await zip.file("word/document.xml")!.async("string");
    expect(xml).toMatch(/<w:r><w:rPr><w:i\/>(?:<w:iCs\/>)?<\/w:rPr><w:t[^>]*>Recalling also<\/w:t><\/w:r>/);
    expect(xml).toMatch(/<w:r><w:t[^>]*> its resolution 60\/288,<\/w:t><\/w:r>/);
    expect(xml).not.toMatch(/<w:i\/>(?:<w:iCs\/>)?<\/w:rPr><w:t[^>]*>Recalling nothing/);
  });
});
