// The export as a Word document: A4, the symbol in the header, page numbers in the footer, and
// named styles. In the clean text the numbers are real Word numbering (a list definition:
// operative 1., (a), (i)), never typed, so the secretariat can move paragraphs in Word and the
// numbers follow. The negotiation text and the redline carry the room's references ("OP5 bis"),
// which no numbering scheme can produce: they are a label in their own character style, kept out
// of the words. A redline is native tracked changes (insertions and deletions with author and
// date) that Word and LibreOffice can accept or reject.
import {
  AlignmentType,
  DeletedTextRun,
  Document,
  Footer,
  Header,
  InsertedTextRun,
  LevelFormat,
  Packer,
  PageNumber,
  Paragraph,
  TextRun,
  type ParagraphChild,
} from "docx";
import type { ExportDocument, ExportParagraph } from "./export-document";

const OPERATIVE_LIST = "operative";
const A4 = { width: 11906, height: 16838 }; // twentieths of a point
const CM = 567;

interface Change {
  author: string;
  date: string;
  next: () => number;
}

const tracked = (change: Change) => ({ id: change.next(), author: change.author, date: change.date });

function children(item: ExportParagraph, change: Change): ParagraphChild[] {
  const runs: ParagraphChild[] = [];
  // The room's reference ("OP5 bis"): a label in its own style, never part of the words. In a
  // redline, a new or deleted paragraph's label is tracked with it, so accepting or rejecting
  // the changes leaves no orphan label behind.
  if (item.number) {
    const label = { text: `${item.number}\t`, style: "ParagraphNumber" };
    if (item.change === "inserted") runs.push(new InsertedTextRun({ ...label, ...tracked(change) }));
    else if (item.change === "deleted") runs.push(new DeletedTextRun({ ...label, ...tracked(change) }));
    else runs.push(new TextRun(label));
  }
  for (const run of item.runs) {
    if (run.kind === "text") runs.push(new TextRun(run.text));
    else if (run.kind === "holders") runs.push(new TextRun({ text: run.text, style: "Holders" }));
    else if (run.kind === "inserted") runs.push(new InsertedTextRun({ text: run.text, ...tracked(change) }));
    else runs.push(new DeletedTextRun({ text: run.text, ...tracked(change) }));
  }
  if (item.note) runs.push(new TextRun({ text: ` (${item.note})`, style: "StatusNote" }));
  return runs;
}

/** Clean text: operative paragraphs and all sub-paragraphs are numbered by Word itself. */
function wordNumbered(item: ExportParagraph): boolean {
  return item.number !== null && (/^\d+\.$/.test(item.number) || /^\([a-z]+\)$/.test(item.number));
}

function paragraph(document: ExportDocument, item: ExportParagraph, change: Change): Paragraph {
  if (item.kind === "heading")
    return new Paragraph({ style: "SectionHeading", children: item.runs.map((run) => new TextRun(run.text)) });
  const numbered = document.variant === "clean" && wordNumbered(item);
  return new Paragraph({
    style: item.kind === "preambular" ? "Preambular" : "Operative",
    children: numbered ? item.runs.map((run) => new TextRun(run.text)) : children(item, change),
    numbering: numbered ? { reference: OPERATIVE_LIST, level: item.level } : undefined,
    // The paragraph mark of a new or deleted paragraph is tracked too: accepting a deletion
    // removes the paragraph, rejecting an insertion leaves no empty line.
    run:
      item.change === "inserted"
        ? { insertion: tracked(change) }
        : item.change === "deleted"
          ? { deletion: tracked(change) }
          : undefined,
    indent: !numbered && item.level > 0 ? { left: CM * (1.25 + item.level), hanging: CM } : undefined,
  });
}

export async function renderDocx(document: ExportDocument, author: string, at: Date): Promise<Buffer> {
  let id = 0;
  const change: Change = { author, date: at.toISOString().replace(/\.\d{3}Z$/, "Z"), next: () => (id += 1) };
  const { heading } = document;
  const front = [
    new Paragraph({ style: "Symbol", children: [new TextRun(heading.symbol)] }),
    new Paragraph({ style: "Date", children: [new TextRun(heading.date)] }),
    new Paragraph({ style: "Title", children: [new TextRun(heading.title)] }),
    ...(heading.revision ? [new Paragraph({ style: "Date", children: [new TextRun(heading.revision)] })] : []),
    ...(heading.against
      ? [new Paragraph({ style: "Date", children: [new TextRun(`Changes since ${heading.against}`)] })]
      : []),
    ...(heading.draft
      ? [new Paragraph({ style: "Date", children: [new TextRun("Draft clean text — brackets remain")] })]
      : []),
  ];
  const doc = new Document({
    creator: "Concord",
    title: `${heading.symbol} ${heading.title}`,
    features: { trackRevisions: document.variant === "redline" },
    styles: {
      default: { document: { run: { font: "DejaVu Serif", size: 24 } } },
      paragraphStyles: [
        { id: "Symbol", name: "Symbol", run: { bold: true }, paragraph: { alignment: AlignmentType.RIGHT } },
        { id: "Date", name: "Document date", paragraph: { alignment: AlignmentType.RIGHT } },
        {
          id: "Title",
          name: "Title",
          run: { bold: true, size: 28 },
          paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 480, after: 480 } },
        },
        {
          id: "SectionHeading",
          name: "Section heading",
          run: { bold: true },
          paragraph: { spacing: { before: 240, after: 120 } },
        },
        {
          id: "Preambular",
          name: "Preambular paragraph",
          paragraph: { indent: { firstLine: CM * 1.25 }, spacing: { after: 120 }, alignment: AlignmentType.JUSTIFIED },
        },
        {
          id: "Operative",
          name: "Operative paragraph",
          paragraph: {
            indent: { left: CM * 1.25, hanging: CM * 1.25 },
            spacing: { after: 120 },
            alignment: AlignmentType.JUSTIFIED,
          },
        },
      ],
      characterStyles: [
        { id: "ParagraphNumber", name: "Paragraph number", run: { bold: true } },
        { id: "Holders", name: "Bracket holders", run: { superScript: true, color: "444444" } },
        { id: "StatusNote", name: "Status note", run: { italics: true, color: "444444" } },
      ],
    },
    numbering: {
      config: [
        {
          reference: OPERATIVE_LIST,
          levels: [
            {
              level: 0,
              format: LevelFormat.DECIMAL,
              text: "%1.",
              alignment: AlignmentType.LEFT,
              style: { paragraph: { indent: { left: CM * 1.25, hanging: CM * 1.25 } } },
            },
            {
              level: 1,
              format: LevelFormat.LOWER_LETTER,
              text: "(%2)",
              alignment: AlignmentType.LEFT,
              style: { paragraph: { indent: { left: CM * 2.5, hanging: CM * 1.25 } } },
            },
            {
              level: 2,
              format: LevelFormat.LOWER_ROMAN,
              text: "(%3)",
              alignment: AlignmentType.LEFT,
              style: { paragraph: { indent: { left: CM * 3.75, hanging: CM * 1.25 } } },
            },
          ],
        },
      ],
    },
    sections: [
      {
        properties: {
          page: { size: A4, margin: { top: CM * 2.5, bottom: CM * 2.5, left: CM * 2.5, right: CM * 2.5 } },
        },
        headers: {
          default: new Header({
            children: [new Paragraph({ style: "Symbol", children: [new TextRun(heading.symbol)] })],
          }),
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ children: [PageNumber.CURRENT] })],
              }),
            ],
          }),
        },
        children: [...front, ...document.paragraphs.map((item) => paragraph(document, item, change))],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
