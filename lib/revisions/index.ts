// Comparing two versions of a negotiating text (revisions, checkpoints, the live text): pure,
// for the server's API and the browser's inline and side-by-side views alike. See compare.ts.
export {
  compareTexts,
  DuplicateParagraphIdError,
  type ComparisonSummary,
  type ParagraphChange,
  type ParagraphComparison,
  type TextComparison,
} from "./compare";
export { diffWords, beforeSide, afterSide, sideText, type WordDiff } from "./word-diff";
export { tokenize } from "./tokens";
