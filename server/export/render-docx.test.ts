import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { compareTexts } from "../../lib/revisions";
import { paragraph } from "../../lib/revisions/test-support";
import { exportDocument } from "./export-document";
import { renderDocx } from "./render-docx";

const p = (id: string, number: string, text: string) => paragraph(id, text, { number });

describe("the Word redline", () => {
  it("tracks whole new and deleted paragraphs, their labels and paragraph marks included", async () => {
    const before = {
      paragraphs: [p("op1", "OP1", "Decide to act;"), p("op2", "OP2", "Note the report;")],
      deleted: [],
    };
    const after = {
      paragraphs: [p("op1", "OP1", "Decide to act;"), p("op1bis", "OP1 bis", "Welcome it;")],
      deleted: [],
    };
    const document = exportDocument("redline", {
      heading: { title: "T", symbol: "S/1", date: "2022-10-13", revision: null, language: "en", against: "Rev.1" },
      text: after,
      comparison: compareTexts(before, after),
    });
    const zip = await JSZip.loadAsync(await renderDocx(document, "Secretariat", new Date("2022-10-13T10:00:00Z")));
    const xml = await zip.file("word/document.xml")!.async("string");
    const paragraphs = xml.split("</w:p>");
    const inserted = paragraphs.find((paragraph) => paragraph.includes("Welcome it;"))!;
    const deleted = paragraphs.find((paragraph) => paragraph.includes("Note the report;"))!;
    // The label sits inside the tracked change, and the paragraph mark (w:pPr/w:rPr) is tracked.
    expect(inserted).toMatch(/<w:ins [^>]*w:author="Secretariat"[^>]*>(?:(?!<\/w:ins>).)*OP1\u00a0bis/s);
    expect(inserted).toMatch(/<w:pPr>.*<w:rPr><w:ins /s);
    expect(deleted).toMatch(/<w:del [^>]*>(?:(?!<\/w:del>).)*<w:delText[^>]*>OP2/s);
    expect(deleted).toMatch(/<w:pPr>.*<w:rPr><w:del /s);
    const unchanged = paragraphs.find((paragraph) => paragraph.includes("Decide to act;"))!;
    expect(unchanged).not.toMatch(/<w:(ins|del) /);
  });
});
