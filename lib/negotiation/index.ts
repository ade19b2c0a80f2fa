// The pure document model of a negotiating text: paragraphs, their derived numbers, the
// brackets typed in them, and the status rules. No React, no database, no Node: importable by
// the browser, the server and the collaboration server alike. See README.md for the choices.
export {
  paragraphSchema,
  paragraphKindSchema,
  paragraphLevelSchema,
  paragraphStatusSchema,
  type Paragraph,
  type ParagraphKind,
  type ParagraphLevel,
  type ParagraphStatus,
  type NumberedKind,
} from "./paragraph";
export { baseFromNumbers, baseNumberSchema, numberingBaseSchema, type BaseNumber, type NumberingBase } from "./base";
export { latinSuffix, letterOf, romanOf, paragraphLabel, subParagraphLabel } from "./labels";
export { placeParagraphs, type Placement } from "./structure";
export { numberParagraphs, type ParagraphNumber } from "./numbering";
export { renumber, type Renumbering, type RenumberEntry } from "./renumber";
export { bracketMeaning, type BracketMeaning } from "./bracket-content";
export { parseBrackets, type BracketSpan, type BracketProblem, type ParsedBrackets } from "./brackets";
export { outstanding, isClean, describeOutstanding, type Holds, type Outstanding } from "./outstanding";
export {
  parseHolds,
  serializeHolds,
  holdsChangeAllowed,
  attributeBrackets,
  countedHolds,
  type EditableHolds,
  type AttributedSpan,
} from "./holds";
export { summarizeDraft, addCounts, type DraftSummary, type SummaryParagraph } from "./dashboard";
export {
  displayStatus,
  isLocked,
  checkStatusChange,
  type AdRef,
  type DisplayStatus,
  type Role,
  type StatusChange,
  type StatusSubject,
  type StatusVerdict,
} from "./status";
