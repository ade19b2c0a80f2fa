// Paragraph numbers are derived from the order of paragraphs, never typed: PP1, PP2 … for
// preambular paragraphs, OP1, OP2 … for operative ones.
// Headings are not numbered. ("bis" numbering during negotiation extends this later.)

export type NumberedKind = "preambular" | "operative" | "heading";

export function paragraphNumbers(kinds: readonly NumberedKind[]): (string | null)[] {
  let preambular = 0;
  let operative = 0;
  return kinds.map((kind) => {
    if (kind === "preambular") return `PP${++preambular}`;
    if (kind === "operative") return `OP${++operative}`;
    return null;
  });
}
