// Brackets typed in an imported paragraph keep their words exactly as typed. Who holds them is
// read only where the file says it in a way Concord can be sure of:
// - holders typed right after the closing bracket, in parentheses, every one a Member State
//   code or name: "[indivisible] (RU, IR)", "[Alt 1: …] (Kazakhstan)";
// - holders set as superscript after the bracket, as Concord's negotiation export sets them (the
//   reader turns those into the typed form first).
// The parenthesis is then taken out of the words and the states hold the bracket. Anything else
// in parentheses after a bracket ("[the Conference] (hereinafter …)") stays words, and such a
// bracket is held by nobody: imported brackets have no holders unless the file names them.
// A deletion proposal exported by Concord ("RU, CN: delete · KZ: retain") comes back as one.
import { parseBrackets } from "../../lib/negotiation/brackets";
import type { DraftParagraph } from "../../lib/draft/content";
import type { MemberStateCode } from "../../lib/forum/member-states";
import { stateList } from "./read-docx";
import type { RichText } from "./rich-text";

export interface Holds {
  brackets: DraftParagraph["brackets"];
  alternatives: DraftParagraph["alternatives"];
}

const TYPED_HOLDERS = /^\s*\(([^()[\]]{2,200})\)/;

/** Takes typed holders out of the words and says who holds which bracket. */
export function extractHolders(words: RichText): Holds {
  const found: { rank: number; from: number; to: number; states: MemberStateCode[] }[] = [];
  parseBrackets(words.text).spans.forEach((span, rank) => {
    const typed = TYPED_HOLDERS.exec(words.text.slice(span.close + 1));
    const states = typed ? stateList(typed[1]!) : null;
    if (typed && states) found.push({ rank, from: span.close + 1, to: span.close + 1 + typed[0].length, states });
  });
  // Last first, so the offsets of the earlier ones stay good. The parentheses hold no bracket,
  // so every bracket keeps its rank among the spans of the new words.
  for (const entry of [...found].sort((a, b) => b.from - a.from)) words.remove(entry.from, entry.to);
  const spans = parseBrackets(words.text).spans;
  const holds: Holds = { brackets: [], alternatives: [] };
  for (const { rank, states } of found) {
    const span = spans[rank];
    if (span?.kind === "text") holds.brackets.push({ text: span.content, states });
    else if (span?.kind === "alternative")
      holds.alternatives.push({ label: span.label, text: span.body || span.content, states });
  }
  return holds;
}

/** "RU, CN: delete · KZ: retain" (Concord's export) → the proposal, or null when it does not read so. */
export function deletionOf(label: string): DraftParagraph["deletion"] | null {
  const proposedBy: MemberStateCode[] = [];
  const retainedBy: MemberStateCode[] = [];
  for (const part of label.split("·")) {
    const match = /^\s*(.+?)\s*:\s*(delete|retain)\s*$/i.exec(part);
    const states = match ? stateList(match[1]!) : null;
    if (!match || !states) return null;
    (match[2]!.toLowerCase() === "delete" ? proposedBy : retainedBy).push(...states);
  }
  return proposedBy.length > 0 ? { proposedBy, retainedBy } : null;
}
