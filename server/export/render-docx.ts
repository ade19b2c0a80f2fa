// The export as a Word document in the forum's layout: A4, Times New Roman 12, the cover block
// (docx-cover.ts), the symbol in the running header from page 2, page numbers, named styles
// (docx-styles.ts). In the clean text the numbers are real Word numbering (a list definition:
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
  InsertedTextRun,
  Packer,
  PageNumber,
  Paragraph,
  TextRun,
  type ParagraphChild,
} from "docx";
import { keepTogether, unbreakable } from "./cover";
import { docxCover, docxHeaders } from "./docx-cover";
import { CM, docxNumbering, docxStyles, OPERATIVE_LIST, POINTS_LIST } from "./docx-styles";
import type { ExportDocument, ExportParagraph, Run } from "./export-document";
import { timesWidth } from "./pdf-fonts";

const A4 = { width: 11906, height: 16838 }; // twentieths of a point

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

/** A tracked change, authored and dated by the delegation that made it, where that is known. */
const tracked = (change: Change, by?: string, at?: string) => ({
  id: change.next(),
  author: by ?? change.author,
  date: at ? at.replace(/\.\d{3}Z$/, "Z") : change.date,
});

function children(item: ExportParagraph, change: Change): ParagraphChild[] {
  const runs: ParagraphChild[] = [];
  // The room's reference ("OP5 bis"): a label in its own style, never part of the words. In a
  // redline, a new or deleted paragraph's label is tracked with it, so accepting or rejecting
  // the changes leaves no orphan label behind.
  if (item.number) {
    const label = { text: `${unbreakable(item.number)}\t`, style: "ParagraphNumber" };
    if (item.change === "inserted") runs.push(new InsertedTextRun({ ...label, ...tracked(change) }));
    else if (item.change === "deleted") runs.push(new DeletedTextRun({ ...label, ...tracked(change) }));
    else runs.push(new TextRun(label));
  }
  for (const run of item.runs) {
    if (run.kind === "text") runs.push(words(run));
    // A holder list never breaks across lines, nor away from its "]".
    else if (run.kind === "holders") runs.push(new TextRun({ text: unbreakable(run.text), style: "Holders" }));
    else if (run.kind === "deletionProposal")
      runs.push(new TextRun({ text: `${keepTogether(run.text, { hyphens: true })} `, style: "DeletionProposal" }));
    else if (run.kind === "inserted")
      runs.push(new InsertedTextRun({ ...wordsOptions(run), ...tracked(change, run.by, run.at) }));
    else runs.push(new DeletedTextRun({ ...wordsOptions(run), ...tracked(change, run.by, run.at) }));
  }
  if (item.note)
    // Held to the paragraph's last word by a no-break space: never a line of its own.
    runs.push(new TextRun({ text: `\u00a0(${keepTogether(item.note, { hyphens: true })})`, style: "StatusNote" }));
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

/**
 * The hanging indent of the room's labels: as wide as the widest label of the document ("OP12
 * quater" in bold Times New Roman 12, measured with Tinos, its metric twin) and a gap, in steps
 * of 0.25 cm, never less than the 1.25 cm of the clean text — so every label fits before its tab.
 */
function labelHanging(document: ExportDocument): number {
  const widest = Math.max(
    0,
    ...document.paragraphs.map((item) => (item.number ? timesWidth(item.number, "bold", 12) : 0)),
  );
  const step = CM * 0.25;
  return Math.max(CM * 1.25, Math.ceil(((widest + 6) * 20) / step) * step);
}

function paragraph(document: ExportDocument, index: number, change: Change, hanging: number): Paragraph {
  const item = document.paragraphs[index]!;
  if (item.kind === "heading")
    return new Paragraph({ style: "SectionHeading", children: item.runs.map((run) => new TextRun(run.text)) });
  const numbered = document.variant === "clean" && wordNumbered(item);
  const labelled = !numbered && item.number !== null;
  const depth = CM * 1.25 * item.level;
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
    // A label hangs in the margin of its words, preambular ones too ("PP1"), at every level.
    indent: labelled
      ? { left: depth + hanging, hanging }
      : !numbered && item.level > 0
        ? { left: depth + CM * 1.25, firstLine: 0 }
        : undefined,
  });
}

export async function renderDocx(document: ExportDocument, author: string, at: Date): Promise<Buffer> {
  let id = 0;
  const change: Change = { author, date: at.toISOString().replace(/\.\d{3}Z$/, "Z"), next: () => (id += 1) };
  const { heading } = document;
  const hanging = labelHanging(document);
  const doc = new Document({
    creator: "Concord",
    title: `${heading.symbol} ${heading.title}`,
    features: { trackRevisions: document.variant === "redline" },
    styles: docxStyles,
    numbering: docxNumbering,
    sections: [
      {
        properties: {
          // The first page's header is empty: the cover carries the symbol, once.
          titlePage: true,
          page: { size: A4, margin: { top: CM * 2.5, bottom: CM * 2.5, left: CM * 2.5, right: CM * 2.5 } },
        },
        headers: docxHeaders(heading),
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
        children: [
          ...docxCover(heading),
          ...document.paragraphs.map((_item, index) => paragraph(document, index, change, hanging)),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
