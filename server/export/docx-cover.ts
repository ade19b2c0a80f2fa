// The first page of the Word file as UN-system documents have it: the forum and its body on the
// left, the symbol top right (once: the first page has no running header), under it the
// distribution, the date in words and "Original: English", a heavy rule, then the meeting, what
// the document is when it is not simply an issued text (a working text, a draft clean text, a
// redline), and the title.
import {
  AlignmentType,
  BorderStyle,
  Header,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import { coverOf, FORUM, keepTogether } from "./cover";
import type { ExportHeading } from "./export-document";

const CM = 567;

const line = (text: string, run: { bold?: boolean; size?: number } = {}, after = 0) =>
  new Paragraph({ spacing: { after }, children: [new TextRun({ text, ...run })] });

const cell = (children: Paragraph[], percent: number) =>
  new TableCell({
    children,
    width: { size: percent, type: WidthType.PERCENTAGE },
    borders: TableBorders.NONE,
    margins: { left: 0, right: 0 },
  });

export function docxCover(heading: ExportHeading): (Paragraph | Table)[] {
  const cover = coverOf(heading);
  const top = new TableRow({
    children: [
      cell([line(FORUM, { bold: true, size: 20 })], 60),
      cell([line(cover.symbol, { bold: true, size: 32 })], 40),
    ],
  });
  const details = new TableRow({
    children: [
      cell([line(cover.body ?? "", { bold: true, size: 28 }, 120)], 60),
      cell(
        [cover.distribution, keepTogether(cover.date, { hyphens: true }), cover.original].map((text, index) =>
          line(text, { size: 20 }, index === 2 ? 120 : 0),
        ),
        40,
      ),
    ],
  });
  return [
    new Table({
      rows: [top, details],
      width: { size: 100, type: WidthType.PERCENTAGE },
      borders: TableBorders.NONE,
    }),
    // The heavy rule under the cover block.
    new Paragraph({
      border: { bottom: { style: BorderStyle.THICK, size: 18, color: "000000", space: 1 } },
      spacing: { after: 240 },
      children: [],
    }),
    ...(cover.meeting ? [line(cover.meeting, {}, 120)] : []),
    ...cover.notices.map((notice) => new Paragraph({ style: "Notice", children: [new TextRun(notice)] })),
    new Paragraph({ style: "Title", children: [new TextRun(heading.title)] }),
    ...(heading.revision ? [new Paragraph({ style: "Subtitle", children: [new TextRun(heading.revision)] })] : []),
  ];
}

/** The running header of the pages after the first; the first page's header is empty. */
export function docxHeaders(heading: ExportHeading) {
  const words = coverOf(heading).runningHeader;
  return {
    first: new Header({ children: [new Paragraph({ children: [] })] }),
    default: new Header({
      children: [new Paragraph({ style: "RunningHeader", children: [new TextRun(words)] })],
    }),
  };
}

export const COVER_STYLES = [
  {
    id: "Notice",
    name: "Document notice",
    run: { bold: true },
    paragraph: { spacing: { after: 120 } },
  },
  {
    id: "Title",
    name: "Title",
    run: { bold: true, size: 28 },
    paragraph: { indent: { left: CM * 1.25 }, spacing: { before: 240, after: 240 }, keepNext: true },
  },
  {
    id: "Subtitle",
    name: "Subtitle",
    paragraph: { indent: { left: CM * 1.25 }, spacing: { after: 240 } },
  },
  {
    id: "RunningHeader",
    name: "Running header",
    run: { bold: true, size: 20 },
    paragraph: { alignment: AlignmentType.RIGHT },
  },
];
