// The record of negotiation as a Word document for the secretariat's archive: A4, Times New Roman
// 12, the symbol in the page header, page numbers, and named styles, so an archivist can restyle
// the headings or the holders at once. Changed words are marked as a redline marks them
// (underlined insertions, struck deletions) but as formatting, not as tracked changes: the
// record is read, never accepted or rejected.
import {
  AlignmentType,
  Document,
  Footer,
  Header,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild,
} from "docx";
import type { Run } from "./export-document";
import type { NegotiationRecord, RecordParagraph, RecordThread } from "./record-of-negotiation";
import { describeBracket, heldWords, stageHeading, timeWords } from "./record-words";

const FONT = "Times New Roman";
const CM = 567; // twentieths of a point
const A4 = { width: 11906, height: 16838 };

function runOf(item: Run): TextRun {
  switch (item.kind) {
    case "text":
      return new TextRun(item.text);
    case "holders":
      // No break inside a holder list: "KZ, AZ, TR" stays on one line.
      return new TextRun({ text: item.text.replace(/ /g, "\u00a0"), style: "Holders" });
    case "deletionProposal":
      return new TextRun({ text: `${item.text} `, style: "DeletionProposal" });
    case "inserted":
      return new TextRun({ text: item.text, style: "InsertedWords" });
    case "deleted":
      return new TextRun({ text: item.text, style: "DeletedWords" });
  }
}

const text = (words: string, style?: string): Paragraph => new Paragraph({ children: [new TextRun(words)], style });

function threadParagraphs(thread: RecordThread): Paragraph[] {
  const resolved = thread.resolved
    ? ` — resolved ${timeWords(thread.resolved.at)}${thread.resolved.by ? ` by ${thread.resolved.by}` : ""}`
    : "";
  return [
    text(`On “${thread.quote}”, opened by ${thread.delegation}${resolved}`, "RecordItem"),
    ...thread.comments.flatMap((comment) => [
      text(
        `${comment.author} (${comment.delegation}), ${timeWords(comment.at)}${comment.edited ? " (edited)" : ""}`,
        "CommentAuthor",
      ),
      // A comment keeps its line breaks.
      new Paragraph({
        style: "CommentBody",
        children: comment.body
          .split("\n")
          .map((line, index) => new TextRun({ text: line, ...(index > 0 ? { break: 1 } : {}) })),
      }),
    ]),
  ];
}

function paragraphSection(item: RecordParagraph): Paragraph[] {
  const out: Paragraph[] = [new Paragraph({ text: item.title, heading: HeadingLevel.HEADING_2 })];
  for (const stage of item.stages) {
    out.push(text(stageHeading(stage), "StageHeading"));
    const children: ParagraphChild[] =
      stage.runs.length > 0
        ? stage.runs.map(runOf)
        : [
            new TextRun({
              text: stage.change === "gone" ? "No longer in the text." : "Words unchanged.",
              style: "Quiet",
            }),
          ];
    out.push(new Paragraph({ style: "StageText", children }));
  }
  if (item.statusChanges.length > 0) {
    out.push(new Paragraph({ text: "Status changes", heading: HeadingLevel.HEADING_3 }));
    for (const change of item.statusChanges)
      out.push(text(`${timeWords(change.at)} — ${change.words} — ${change.by}`, "RecordItem"));
  }
  if (item.brackets.length > 0) {
    out.push(new Paragraph({ text: "Brackets", heading: HeadingLevel.HEADING_3 }));
    for (const bracket of item.brackets) {
      out.push(text(describeBracket(bracket), "RecordItem"));
      const held = bracket.held.map((entry) => `${entry.version}: ${heldWords(bracket, entry)}`).join("; ");
      out.push(text(held, "HeldBy"));
    }
  }
  if (item.threads.length > 0) {
    out.push(new Paragraph({ text: "Comments", heading: HeadingLevel.HEADING_3 }));
    out.push(...item.threads.flatMap(threadParagraphs));
  }
  return out;
}

const cell = (words: string, bold = false) =>
  new TableCell({ children: [new Paragraph({ children: [new TextRun({ text: words, bold })] })] });

function versionsTable(record: NegotiationRecord): Table {
  const head = ["Revision", "Symbol", "Issued", "Label and meeting", "Issued by"];
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: head.map((words) => cell(words, true)) }),
      ...record.versions.map(
        (version) =>
          new TableRow({
            children: [
              cell(version.name),
              cell(version.symbol),
              cell(timeWords(version.at)),
              cell([version.label, version.meeting].filter(Boolean).join(" — ")),
              cell(version.issuedBy ?? ""),
            ],
          }),
      ),
    ],
  });
}

const grey = { color: "555555" };

export function renderRecordDocx(record: NegotiationRecord): Promise<Buffer> {
  const body: (Paragraph | Table)[] = [
    new Paragraph({ text: "Record of negotiation", heading: HeadingLevel.TITLE }),
    new Paragraph({ text: record.title, alignment: AlignmentType.CENTER, style: "RecordTitle" }),
    text(
      `Made ${timeWords(record.madeAt)} from the revisions, the status history and the public comment threads.`,
      "Quiet",
    ),
    new Paragraph({ text: "Revisions", heading: HeadingLevel.HEADING_1 }),
    versionsTable(record),
    new Paragraph({ text: "The paragraphs", heading: HeadingLevel.HEADING_1 }),
    ...record.paragraphs.flatMap(paragraphSection),
  ];
  if (record.unplacedThreads.length > 0)
    body.push(
      new Paragraph({ text: "Comments on words no longer in the text", heading: HeadingLevel.HEADING_1 }),
      ...record.unplacedThreads.flatMap(threadParagraphs),
    );
  const document = new Document({
    creator: "Concord",
    title: `Record of negotiation — ${record.symbol}`,
    styles: {
      default: {
        document: { run: { font: FONT, size: 24 } },
        title: { run: { font: FONT, size: 32, bold: true }, paragraph: { alignment: AlignmentType.CENTER } },
        heading1: { run: { font: FONT, size: 28, bold: true }, paragraph: { spacing: { before: 360, after: 120 } } },
        heading2: {
          run: { font: FONT, size: 24, bold: true },
          paragraph: { spacing: { before: 360, after: 60 }, keepNext: true },
        },
        heading3: {
          run: { font: FONT, size: 22, bold: true, italics: true },
          paragraph: { spacing: { before: 120, after: 60 }, keepNext: true },
        },
      },
      paragraphStyles: [
        { id: "RecordTitle", name: "Record title", run: { size: 26 }, paragraph: { spacing: { after: 240 } } },
        {
          id: "StageHeading",
          name: "Revision of a paragraph",
          run: { bold: true, size: 22 },
          paragraph: { keepNext: true, spacing: { before: 120 } },
        },
        {
          id: "StageText",
          name: "Paragraph at a revision",
          paragraph: { indent: { left: CM }, spacing: { after: 60 } },
        },
        { id: "RecordItem", name: "Record entry", paragraph: { indent: { left: CM }, spacing: { after: 40 } } },
        {
          id: "HeldBy",
          name: "Holders through the revisions",
          run: { size: 20, ...grey },
          paragraph: { indent: { left: CM * 2 }, spacing: { after: 60 } },
        },
        {
          id: "CommentAuthor",
          name: "Comment author",
          run: { size: 20, ...grey },
          paragraph: { indent: { left: CM * 2 }, keepNext: true },
        },
        { id: "CommentBody", name: "Comment", paragraph: { indent: { left: CM * 2 }, spacing: { after: 80 } } },
        { id: "Quiet", name: "Record note", run: { italics: true, ...grey } },
      ],
      characterStyles: [
        { id: "Holders", name: "Bracket holders", run: { superScript: true, color: "444444" } },
        { id: "DeletionProposal", name: "Deletion proposal", run: { bold: true, color: "AA1111" } },
        { id: "InsertedWords", name: "Inserted words", run: { underline: {}, color: "05612A" } },
        { id: "DeletedWords", name: "Deleted words", run: { strike: true, color: "AA1111" } },
      ],
    },
    sections: [
      {
        properties: {
          page: { size: A4, margin: { top: CM * 2.5, bottom: CM * 2.5, left: CM * 2.5, right: CM * 2.5 } },
        },
        headers: {
          default: new Header({ children: [new Paragraph({ text: record.symbol, alignment: AlignmentType.RIGHT })] }),
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
        children: body,
      },
    ],
  });
  return Packer.toBuffer(document);
}
