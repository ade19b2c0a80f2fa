// Word documents for the import's tests and benchmark, built with the `docx` package as a
// drafter's Word would save them — never hand-written XML. Each layout is a real-world shape:
// a UN-style resolution, a Charter of chapters and articles, a compilation text with brackets
// held by states as typed text, and one of everything a draft cannot hold.
import {
  AlignmentType,
  DeletedTextRun,
  Document,
  FootnoteReferenceRun,
  HeadingLevel,
  ImageRun,
  InsertedTextRun,
  LevelFormat,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  type INumberingOptions,
  type ParagraphChild,
} from "docx";

/** A run of words; `*x*` italic, `**x**` bold, `__x__` underlined, as in a short markup. */
export function runs(text: string): TextRun[] {
  const out: TextRun[] = [];
  const pattern = /\*\*(.+?)\*\*|\*(.+?)\*|__(.+?)__/g;
  let at = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    if (match.index > at) out.push(new TextRun(text.slice(at, match.index)));
    if (match[1]) out.push(new TextRun({ text: match[1], bold: true }));
    else if (match[2]) out.push(new TextRun({ text: match[2], italics: true }));
    else out.push(new TextRun({ text: match[3]!, underline: {} }));
    at = match.index + match[0].length;
  }
  if (at < text.length) out.push(new TextRun(text.slice(at)));
  return out;
}

const level = (lvl: number, format: (typeof LevelFormat)[keyof typeof LevelFormat], text: string) => ({
  level: lvl,
  format,
  text,
  alignment: AlignmentType.LEFT,
  style: { paragraph: { indent: { left: 720 * (lvl + 1), hanging: 360 } } },
});

/** Word's usual outline for resolutions: 1. / (a) / (i). */
export const RESOLUTION_NUMBERING: INumberingOptions = {
  config: [
    {
      reference: "resolution",
      levels: [
        level(0, LevelFormat.DECIMAL, "%1."),
        level(1, LevelFormat.LOWER_LETTER, "(%2)"),
        level(2, LevelFormat.LOWER_ROMAN, "(%3)"),
      ],
    },
    { reference: "chapters", levels: [level(0, LevelFormat.UPPER_ROMAN, "%1.")] },
  ],
};

const docx = (children: (Paragraph | Table)[], more: Partial<ConstructorParameters<typeof Document>[0]> = {}) =>
  Packer.toBuffer(
    new Document({ creator: "A delegation", numbering: RESOLUTION_NUMBERING, ...more, sections: [{ children }] }),
  );

const numbered = (text: string, lvl: number, extra: ParagraphChild[] = []) =>
  new Paragraph({ children: [...runs(text), ...extra], numbering: { reference: "resolution", level: lvl } });
const plain = (text: string) => new Paragraph({ children: runs(text) });

/**
 * A UN-style resolution: a centred bold title, the chapeau, the preamble with its participles
 * in italics, then operative paragraphs numbered by Word (1., (a), (i)) with some emphasis.
 */
export function unResolution(): Promise<Buffer> {
  return docx([
    new Paragraph({
      alignment: AlignmentType.CENTER,
      children: [new TextRun({ text: "Cooperation in the Field of Security of and in the Use of ICTs", bold: true })],
    }),
    plain("The Heads of State and Government of the Member States,"),
    plain("*Recalling* the Declaration on Principles Guiding Relations between the Member States,"),
    plain("*Reaffirming also* the purposes and principles of the Charter of the United Nations,"),
    plain("*Deeply concerned* by the use of information and communications technologies for criminal purposes,"),
    plain("*Guided by* the outcomes of the Fifth Summit held in Dushanbe,"),
    numbered("Decide to strengthen cooperation in the field of security of ICTs;", 0),
    numbered("Call upon the Member States **to refrain** from actions that undermine trust:", 0),
    numbered("by exchanging information on threats;", 1),
    numbered("by holding consultations, including:", 1),
    numbered("at the level of experts;", 2),
    numbered("at the level of senior officials;", 2),
    numbered("Request the Secretariat to report on the implementation of this Statement __at the next meeting__.", 0),
  ]);
}

/** A Charter: a preamble under its own heading, then chapters and articles with typed numbers. */
export function charter(): Promise<Buffer> {
  return docx([
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun("Charter of the Conference")] }),
    new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun("Preamble")] }),
    plain("We, the Member States of the Conference,"),
    plain("Determined to promote peace, security and stability in Asia,"),
    plain("Committed to the principles of sovereign equality and non-interference,"),
    plain("Have agreed as follows:"),
    new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun("Chapter I. Purposes and Principles")] }),
    new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun("Article 1")] }),
    plain("1. The purposes of the Conference are:"),
    plain("(a) to enhance cooperation through multilateral approaches;"),
    plain("(b) to promote confidence building measures."),
    plain("2. The Conference shall act in accordance with the Charter of the United Nations."),
    new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun("Article 2")] }),
    plain("The Conference shall be guided by consensus in all its decisions."),
    new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun("Chapter II. Organs")] }),
    new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun("Article 3")] }),
    plain(
      "1. The organs of the Conference are the Summit, the Ministerial Council and the Senior Officials Committee.",
    ),
    plain("2. The Secretariat shall serve the organs of the Conference."),
  ]);
}

/**
 * A compilation text: brackets typed by hand with the states that hold them typed after them,
 * alternatives, a deletion proposal, and brackets nobody is named for. Numbers typed by hand.
 */
export function bracketedText(): Promise<Buffer> {
  return docx([
    plain("Draft Plan of Action on Counter-Terrorism"),
    plain("Noting with concern the [growing] (RU, CN) threat of terrorism in the region,"),
    plain("Recognizing the [central] role of the United Nations,"),
    plain("1. Decide to [combat] (RU) [counter] (Kazakhstan, TR) terrorism in all its forms;"),
    plain("2. [Alt 1: Establish a working group] (KZ, UZ) [Alt 2: Entrust the SOC] (IN);"),
    plain("3. [RU: delete] Invite observers to participate;"),
    plain("4. Request [the Conference] (hereinafter “the Conference”) to act:"),
    plain("(a) by [exchanging] (CN) information;"),
    plain("(b) by holding consultations."),
  ]);
}

const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==",
  "base64",
);

/** A resolution holding what a draft cannot: an image, a table, a footnote, a pending change. */
export function everythingLost(): Promise<Buffer> {
  return docx(
    [
      plain("Statement on Transport Corridors"),
      plain("Recalling the Concept Paper on transport corridors,"),
      new Paragraph({
        children: [
          new TextRun("Noting the map of corridors below"),
          new ImageRun({ type: "png", data: PNG, transformation: { width: 10, height: 10 } }),
          new TextRun(","),
        ],
      }),
      new Table({
        rows: [
          new TableRow({
            children: [
              new TableCell({ children: [plain("Corridor")] }),
              new TableCell({ children: [plain("Length")] }),
            ],
          }),
          new TableRow({
            children: [
              new TableCell({ children: [plain("North–South")] }),
              new TableCell({ children: [plain("7,200 km")] }),
            ],
          }),
        ],
      }),
      numbered("Decide to develop the corridors", 0, [new FootnoteReferenceRun(1), new TextRun(";")]),
      new Paragraph({
        numbering: { reference: "resolution", level: 0 },
        children: [
          new TextRun("Request the Secretariat to "),
          new InsertedTextRun({ text: "prepare a report", id: 1, author: "Kazakhstan", date: "2026-01-10T10:00:00Z" }),
          new DeletedTextRun({ text: "do nothing", id: 2, author: "China", date: "2026-01-10T10:00:00Z" }),
          new TextRun("."),
        ],
      }),
      plain("The present text was circulated by the Chairmanship on 10 January"),
    ],
    { footnotes: { 1: { children: [plain("See the Concept Paper of 2022.")] } } },
  );
}

/** A resolution of `count` paragraphs (a tenth preambular, a fifth with sub-paragraphs), for the benchmark. */
export function largeResolution(count: number): Promise<Buffer> {
  const children: Paragraph[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun("Plan of Action")] }),
  ];
  let made = 0;
  for (let index = 0; made < count; index += 1) {
    if (index < count / 10) {
      children.push(
        plain(
          `*Recalling* resolution ${index + 1} on [confidence building] (RU, CN) measures in Asia and the work of the Special Working Group on them,`,
        ),
      );
      made += 1;
    } else if (index % 5 === 0) {
      children.push(numbered(`Decide that the Member States shall take the following measures in area ${index}:`, 0));
      children.push(numbered("to exchange information on **threats** and challenges in a timely manner;", 1));
      children.push(numbered("to hold [annual][biennial] (KZ) consultations of experts;", 1));
      made += 3;
    } else {
      children.push(
        numbered(
          `Request the Secretariat to prepare, in consultation with the Coordinators of priority area ${index}, a report on the implementation of this Plan of Action for the next meeting of the Senior Officials Committee;`,
          0,
        ),
      );
      made += 1;
    }
  }
  return docx(children);
}

/** A document with no words at all: two empty paragraphs. */
export function emptyDocument(): Promise<Buffer> {
  return docx([new Paragraph({ children: [] }), new Paragraph({ children: [] })]);
}
