// The opening words of a preambular paragraph in italics in every export ("Recalling also that
// …"), as UN documents print them and as the editor shows them: the same rule
// (lib/negotiation/preamble-opening.ts) read off the words, never something stored in the text.
import { splitAtOpening } from "../../lib/negotiation/preamble-opening";
import type { ExportParagraph, Run } from "./export-document";

/**
 * The paragraph with the runs of its opening marked italic. Only numbered preambular paragraphs
 * (not their sub-paragraphs, nor a "[deleted]" placeholder); the opening is read from the words
 * as the paragraph now reads, so a redline's struck words and the holders' labels are skipped.
 */
export function italicOpening(paragraph: ExportParagraph): ExportParagraph {
  if (paragraph.kind !== "preambular" || paragraph.level !== 0 || paragraph.id === null) return paragraph;
  const runs = splitAtOpening(paragraph.runs, (run) => run.kind === "text" || run.kind === "inserted").map(
    ({ piece, opening }): Run =>
      opening && (piece.kind === "text" || piece.kind === "inserted") ? { ...piece, italic: true } : piece,
  );
  return { ...paragraph, runs };
}
