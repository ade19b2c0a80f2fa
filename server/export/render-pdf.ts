// The export as PDF, set like the Word file: A4, the cover block of the forum's documents (symbol
// top right once, distribution, date in words, original language, meeting), then the text in
// Tinos 12 (metric-compatible with Times New Roman; Latin and Cyrillic, the forum's working
// languages) with the paragraph numbers in a hanging indent wide enough for "OP12 quater".
// Every paragraph is typeset as one flowing text (pdf-flow.ts): holders raised after their
// bracket, insertions underlined and deletions struck through, inline.
import PDFDocument from "pdfkit";
import { coverOf, FORUM, keepTogether, unbreakable } from "./cover";
import type { ExportDocument, ExportParagraph, Run } from "./export-document";
import { flow, type Span } from "./pdf-flow";
import { registerFonts, widthOf } from "./pdf-fonts";

const MARGIN = 72;
const SIZE = 12;
const LEADING = 14;
/** One indent step, as the Word file's 1.25 cm. */
const STEP = 35.4;
const GREY = "#444444";

function span(run: Run): Span {
  const style = "italic" in run && run.italic ? "italic" : "regular";
  switch (run.kind) {
    case "text":
      return { text: run.text, style };
    case "holders":
      // A holder list is one unit: it never breaks, and it stays against the "]" before it.
      return { text: unbreakable(run.text), style: "regular", superscript: true, color: GREY };
    case "deletionProposal":
      return { text: `${keepTogether(run.text)} `, style: "bold", color: "#aa1111" };
    case "inserted":
      return { text: run.text, style, underline: true, color: "#05612a" };
    case "deleted":
      return { text: run.text, style, strike: true, color: "#aa1111" };
  }
}

/** The widest label of the document and a gap: where every numbered paragraph's words start. */
function labelWidth(pdf: PDFKit.PDFDocument, document: ExportDocument): number {
  const widest = Math.max(
    0,
    ...document.paragraphs.map((item) => (item.number ? widthOf(pdf, item.number, "bold", SIZE) : 0)),
  );
  return Math.max(STEP, Math.ceil((widest + 8) / (STEP / 2)) * (STEP / 2));
}

function paragraphSpans(item: ExportParagraph): Span[] {
  const spans: Span[] = [];
  if (item.change) spans.push({ text: item.change === "inserted" ? "[New] " : "[Deleted] ", style: "bold" });
  spans.push(...item.runs.map(span));
  // The note is held to the paragraph's last word by a no-break space: never a line of its own.
  if (item.note) spans.push({ text: `\u00a0(${keepTogether(item.note)})`, style: "italic", color: GREY });
  if (item.kind === "heading") return spans.map((piece) => ({ ...piece, style: "bold" }));
  return spans;
}

function cover(pdf: PDFKit.PDFDocument, document: ExportDocument, width: number): number {
  const words = coverOf(document.heading);
  const half = width / 2;
  const right = MARGIN + width * 0.58;
  const column = width * 0.42;
  pdf.font("bold:latin").fontSize(10).fillColor("black").text(FORUM, MARGIN, MARGIN, { width: half });
  // The symbol on one line, however long: 16 points, smaller if it would not fit its column.
  const symbolSize = Math.min(16, (16 * column) / widthOf(pdf, words.symbol, "bold", 16));
  pdf.font("bold:latin").fontSize(symbolSize).text(words.symbol, right, MARGIN, { width: column, lineBreak: false });
  let y = Math.max(pdf.y, MARGIN + 24) + 10;
  if (words.body) pdf.font("bold:latin").fontSize(14).text(words.body, MARGIN, y, { width: half, lineBreak: false });
  for (const line of [words.distribution, words.date, words.original]) {
    pdf.font("regular:latin").fontSize(10).text(line, right, y, { width: column, lineBreak: false });
    y += 13;
  }
  y += 8;
  pdf
    .moveTo(MARGIN, y)
    .lineTo(MARGIN + width, y)
    .lineWidth(2)
    .strokeColor("black")
    .stroke();
  y += 12;
  if (words.meeting) {
    pdf.font("regular:latin").fontSize(SIZE);
    y = flow(pdf, [{ text: words.meeting, style: "regular" }], frame(width, 0, 0, false), y, Infinity, () => y);
  }
  for (const notice of words.notices)
    y = flow(pdf, [{ text: notice, style: "bold" }], frame(width, 0, 0, false), y, Infinity, () => y);
  y += 18;
  const title = [{ text: document.heading.title, style: "bold" as const }];
  y = flow(pdf, title, { ...frame(width, STEP, STEP, false), size: 14, leading: 17 }, y, Infinity, () => y);
  if (document.heading.revision)
    y = flow(
      pdf,
      [{ text: document.heading.revision, style: "regular" }],
      frame(width, STEP, STEP, false),
      y,
      Infinity,
      () => y,
    );
  return y + 12;
}

function frame(width: number, left: number, text: number, justify: boolean, hang = left) {
  return {
    firstLeft: MARGIN + left,
    firstText: MARGIN + text,
    left: MARGIN + hang,
    right: MARGIN + width,
    size: SIZE,
    leading: LEADING,
    justify,
  };
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
  registerFonts(pdf);
  const chunks: Buffer[] = [];
  pdf.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    pdf.on("end", () => resolve(Buffer.concat(chunks)));
    pdf.on("error", reject);
  });
  const width = pdf.page.width - 2 * MARGIN;
  const bottom = pdf.page.height - MARGIN;
  const newPage = () => {
    pdf.addPage();
    return MARGIN;
  };
  const hanging = labelWidth(pdf, document);

  let y = cover(pdf, document, width);
  for (const item of document.paragraphs) {
    const spans = paragraphSpans(item);
    const indent = item.level * STEP;
    if (item.kind === "heading") {
      y = flow(pdf, spans, frame(width, 0, 0, false), y + 6, bottom, newPage) + 4;
      continue;
    }
    // Unnumbered (a clean text's preambular paragraph): a first-line indent, as in the Word file.
    const layout = item.number
      ? frame(width, indent, indent + hanging, true, indent + hanging)
      : frame(width, indent, indent + STEP, true, indent);
    const label = item.number ? { text: unbreakable(item.number), style: "bold" as const } : undefined;
    y = flow(pdf, spans, layout, y, bottom, newPage, label) + 6;
  }

  // The running header (from the second page: the cover carries the symbol once) and page numbers.
  const range = pdf.bufferedPageRange();
  const words = coverOf(heading);
  for (let page = range.start; page < range.start + range.count; page += 1) {
    pdf.switchToPage(page);
    const margin = pdf.page.margins.bottom;
    pdf.page.margins.bottom = 0;
    pdf.font("regular:latin").fontSize(9).fillColor(GREY);
    pdf.text(`${page + 1}`, MARGIN, pdf.page.height - MARGIN / 2, { width, align: "center", lineBreak: false });
    if (page > range.start)
      pdf.text(words.runningHeader, MARGIN, MARGIN / 2, { width, align: "right", lineBreak: false });
    pdf.page.margins.bottom = margin;
  }
  pdf.end();
  return done;
}
