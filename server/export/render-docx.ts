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
import type { ExportDocument, ExportParagraph, Run } from "./export-document";

const OPERATIVE_LIST = "operative";
/** Sub-paragraphs of a preambular paragraph: their own list per parent, (a) again each time. */
const POINTS_LIST = "points";
const A4 = { width: 11906, height: 16838 }; // twentieths of a point
const CM = 567;

interface Change {
  author: string;
  date: string;
  next: () => number;
}

/**
 * Words of the text; the opening of a preambular paragraph ("Recalling also") in italics
 * (italic-opening.ts), direct formatting as in UN documents, which have no style for it.
 */
const wordsOptions = (run: Run) => ({ text: run.text, ...("italic" in run && run.italic ? { italics: true } : {}) });
const words = (run: Run) => new TextRun(wordsOptions(run));

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
    if (run.kind === "text") runs.push(words(run));
    else if (run.kind === "holders") runs.push(new TextRun({ text: run.text, style: "Holders" }));
    else if (run.kind === "inserted") runs.push(new InsertedTextRun({ ...wordsOptions(run), ...tracked(change) }));
    else runs.push(new DeletedTextRun({ ...wordsOptions(run), ...tracked(change) }));
  }
  if (item.note) runs.push(new TextRun({ text: ` (${item.note})`, style: "StatusNote" }));
  return runs;
}

/** Clean text: operative paragraphs and all sub-paragraphs are numbered by Word itself. */
function wordNumbered(item: ExportParagraph): boolean {
  return item.number !== null && (/^\d+\.$/.test(item.number) || /^\([a-z]+\)$/.test(item.number));
}

/**
 * The Word list a clean paragraph is numbered in: operative paragraphs and their sub-paragraphs
 * in one list (Word restarts (a) after each 1., 2.); the sub-paragraphs of an (unnumbered)
 * preambular paragraph in a list of their own, one instance per parent.
 */
function listOf(items: readonly ExportParagraph[], index: number) {
  const item = items[index]!;
  if (item.level === 0) return { reference: OPERATIVE_LIST, level: 0 };
  let parent = index - 1;
  while (parent >= 0 && items[parent]!.level > 0) parent -= 1;
  if (parent >= 0 && items[parent]!.kind === "operative") return { reference: OPERATIVE_LIST, level: item.level };
  return { reference: POINTS_LIST, level: item.level - 1, instance: parent + 2 };
}

function paragraph(document: ExportDocument, index: number, change: Change): Paragraph {
  const item = document.paragraphs[index]!;
  if (item.kind === "heading")
    return new Paragraph({ style: "SectionHeading", children: item.runs.map((run) => new TextRun(run.text)) });
  const numbered = document.variant === "clean" && wordNumbered(item);
  return new Paragraph({
    style: item.kind === "preambular" ? "Preambular" : "Operative",
    children: numbered ? item.runs.map(words) : children(item, change),
    numbering: numbered ? listOf(document.paragraphs, index) : undefined,
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
          reference: POINTS_LIST,
          levels: [
            {
              level: 0,
              format: LevelFormat.LOWER_LETTER,
              text: "(%1)",
              alignment: AlignmentType.LEFT,
              style: { paragraph: { indent: { left: CM * 2.5, hanging: CM * 1.25 } } },
            },
            {
              level: 1,
              format: LevelFormat.LOWER_ROMAN,
              text: "(%2)",
              alignment: AlignmentType.LEFT,
              style: { paragraph: { indent: { left: CM * 3.75, hanging: CM * 1.25 } } },
            },
          ],
        },
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
        children: [...front, ...document.paragraphs.map((_item, index) => paragraph(document, index, change))],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
