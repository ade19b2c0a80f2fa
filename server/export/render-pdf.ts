// The export as PDF, laid out like the HTML: A4, the symbol at the top of every page, page
// numbers, and fonts embedded that cover Latin and Cyrillic (DejaVu Serif, from npm), since
// English and Russian are the forum's working languages. Insertions are underlined and
// deletions struck through, with their colour; bracket holders are small, raised.
import path from "node:path";
import PDFDocument from "pdfkit";
import type { ExportDocument, ExportParagraph, Run } from "./export-document";

// From the app's root, where `npm start` and the tests run (the web server's bundle has no
// module paths of its own to resolve from).
const fontDir = path.join(process.cwd(), "node_modules", "dejavu-fonts-ttf", "ttf");
const FONTS = {
  regular: path.join(fontDir, "DejaVuSerif.ttf"),
  bold: path.join(fontDir, "DejaVuSerif-Bold.ttf"),
  italic: path.join(fontDir, "DejaVuSerif-Italic.ttf"),
};
const MARGIN = 72;
const INDENT = 36;

function write(pdf: PDFKit.PDFDocument, item: ExportParagraph, width: number): void {
  const left = MARGIN + INDENT * item.level;
  const pieces: { text: string; font: string; options: PDFKit.Mixins.TextOptions }[] = [];
  if (item.number) pieces.push({ text: `${item.number}  `, font: "bold", options: {} });
  if (item.change)
    pieces.push({ text: item.change === "inserted" ? "[New] " : "[Deleted] ", font: "bold", options: {} });
  const style = (run: Run): (typeof pieces)[number] => {
    switch (run.kind) {
      // The opening of a preambular paragraph ("Recalling also") is italic (italic-opening.ts).
      case "text":
        return {
          text: run.text,
          font: run.italic ? "italic" : "regular",
          options: { underline: false, strike: false, fillColor: "black" } as never,
        };
      case "holders":
        return { text: ` ${run.text}`, font: "italic", options: { fillColor: "#444444" } as never };
      case "inserted":
        return {
          text: run.text,
          font: run.italic ? "italic" : "regular",
          options: { underline: true, fillColor: "#05612a" } as never,
        };
      case "deleted":
        return {
          text: run.text,
          font: run.italic ? "italic" : "regular",
          options: { strike: true, fillColor: "#aa1111" } as never,
        };
    }
  };
  pieces.push(...item.runs.map(style));
  if (item.note) pieces.push({ text: ` (${item.note})`, font: "italic", options: {} });
  if (item.kind === "heading") pieces.forEach((piece) => (piece.font = "bold"));
  pdf.x = left;
  pieces.forEach((piece, index) => {
    pdf.font(piece.font).fillColor((piece.options as { fillColor?: string }).fillColor ?? "black");
    pdf.text(piece.text, index === 0 ? left : undefined, undefined, {
      ...piece.options,
      width: width - INDENT * item.level,
      align: "left",
      continued: index < pieces.length - 1,
    });
  });
  pdf.fillColor("black").moveDown(0.6);
}

export function renderPdf(document: ExportDocument): Promise<Buffer> {
  const { heading } = document;
  const pdf = new PDFDocument({
    size: "A4",
    margins: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
    bufferPages: true,
    info: { Title: `${heading.symbol} ${heading.title}`, Creator: "Concord" },
    lang: heading.language,
  });
  pdf.registerFont("regular", FONTS.regular);
  pdf.registerFont("bold", FONTS.bold);
  pdf.registerFont("italic", FONTS.italic);
  const chunks: Buffer[] = [];
  pdf.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    pdf.on("end", () => resolve(Buffer.concat(chunks)));
    pdf.on("error", reject);
  });
  const width = pdf.page.width - 2 * MARGIN;

  pdf.font("bold").fontSize(11).text(heading.symbol, { align: "right" });
  pdf.font("regular").text(heading.date, { align: "right" });
  if (heading.revision) pdf.text(heading.revision, { align: "right" });
  if (heading.against) pdf.text(`Changes since ${heading.against}`, { align: "right" });
  if (heading.draft) pdf.text("Draft clean text — brackets remain", { align: "right" });
  pdf.moveDown(2).font("bold").fontSize(14).text(heading.title, { align: "center" }).moveDown(2);
  pdf.fontSize(11);
  for (const item of document.paragraphs) write(pdf, item, width);

  // The symbol and the page number on every page, once the pages exist.
  const range = pdf.bufferedPageRange();
  for (let page = range.start; page < range.start + range.count; page += 1) {
    pdf.switchToPage(page);
    const bottom = pdf.page.margins.bottom;
    pdf.page.margins.bottom = 0;
    pdf.font("regular").fontSize(9).fillColor("#444444");
    pdf.text(`${page + 1} / ${range.count}`, MARGIN, pdf.page.height - MARGIN / 2, { width, align: "center" });
    if (page > range.start) pdf.text(heading.symbol, MARGIN, MARGIN / 2, { width, align: "right" });
    pdf.page.margins.bottom = bottom;
  }
  pdf.end();
  return done;
}
