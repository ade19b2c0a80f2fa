// The Word file's named styles and list definitions: Times New Roman 12 as the forum's documents
// are set, paragraphs justified with hanging numbers, and the character styles that keep a
// label, a bracket's holders or a status note apart from the words (so a secretariat can restyle
// or remove them all at once in Word).
import { AlignmentType, LevelFormat, type INumberingOptions, type IStylesOptions } from "docx";
import { COVER_STYLES } from "./docx-cover";

export const OPERATIVE_LIST = "operative";
/** Sub-paragraphs of a preambular paragraph: their own list per parent, (a) again each time. */
export const POINTS_LIST = "points";
export const CM = 567; // twentieths of a point
export const FONT = "Times New Roman";

export const docxStyles: IStylesOptions = {
  default: { document: { run: { font: FONT, size: 24 } } },
  paragraphStyles: [
    ...COVER_STYLES,
    {
      id: "SectionHeading",
      name: "Section heading",
      run: { bold: true },
      paragraph: { spacing: { before: 240, after: 120 }, keepNext: true },
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
    { id: "DeletionProposal", name: "Deletion proposal", run: { bold: true, color: "AA1111" } },
    { id: "StatusNote", name: "Status note", run: { italics: true, color: "444444" } },
  ],
};

const level = (level: number, format: (typeof LevelFormat)[keyof typeof LevelFormat], text: string, left: number) => ({
  level,
  format,
  text,
  alignment: AlignmentType.LEFT,
  style: { paragraph: { indent: { left: CM * left, hanging: CM * 1.25 } } },
});

export const docxNumbering: INumberingOptions = {
  config: [
    {
      reference: POINTS_LIST,
      levels: [level(0, LevelFormat.LOWER_LETTER, "(%1)", 2.5), level(1, LevelFormat.LOWER_ROMAN, "(%2)", 3.75)],
    },
    {
      reference: OPERATIVE_LIST,
      levels: [
        level(0, LevelFormat.DECIMAL, "%1.", 1.25),
        level(1, LevelFormat.LOWER_LETTER, "(%2)", 2.5),
        level(2, LevelFormat.LOWER_ROMAN, "(%3)", 3.75),
      ],
    },
  ],
};
