// The words of a paragraph with what changed marked in them: insertions underlined (<ins>),
// deletions struck through (<del>). Screen readers are told where each starts and ends (the CSS
// adds the words), and print in black and white keeps the lines, so colour is never the only sign.
// Each change says who made it, where the server knows (server/revisions/attribution.ts): a
// small delegation code after the run, the person in its title.
// In a preambular paragraph the opening words ("Recalling also") are in italics, as in the editor
// and the exports (lib/negotiation/preamble-opening.ts): read off the text of the side shown.
import type { ReactNode } from "react";
import { splitAtOpening } from "@/lib/negotiation/preamble-opening";
import type { WordDiff } from "@/lib/revisions";
import "./word-changes.css";

/** "Inserted by KZ (Delegate of Kazakhstan)", where the server knows who. */
function byline(what: string, word: WordDiff): string | undefined {
  return word.by ? `${what} by ${word.by.delegation} (${word.by.name})` : undefined;
}

/**
 * Who made a run, as a small label after it ("KZ"), once for a run split into pieces (the
 * italic opening of a preambular paragraph).
 */
function ByLabel({ word, next }: { word: WordDiff; next: WordDiff | undefined }) {
  if (!word.by || (next && next.op === word.op && next.by?.delegation === word.by.delegation)) return null;
  return (
    <sup className="diff-by" aria-label={`${word.op === "insert" ? "inserted" : "deleted"} by ${word.by.delegation}`}>
      {word.by.delegation}
    </sup>
  );
}

export function WordChanges({
  words,
  side = "both",
  preamble = false,
}: {
  words: readonly WordDiff[];
  /** "before": the old text with its deletions; "after": the new text with its insertions. */
  side?: "both" | "before" | "after";
  /** A numbered preambular paragraph: its opening is set in italics. */
  preamble?: boolean;
}) {
  // The opening is read from the text as it reads on this side: the old words on the left, the
  // new ones otherwise (a struck word is never part of it).
  const reads = (word: WordDiff) => (side === "before" ? word.op !== "insert" : word.op !== "delete");
  const pieces = preamble ? splitAtOpening(words, reads) : words.map((piece) => ({ piece, opening: false }));
  return (
    <>
      {pieces.map(({ piece: word, opening }, index) => {
        const text: ReactNode = opening ? <i className="preamble-opening">{word.text}</i> : word.text;
        if (word.op === "equal") return <span key={index}>{text}</span>;
        if (word.op === "insert")
          return side === "before" ? null : (
            <ins key={index} className="diff-ins" title={byline("Inserted", word)}>
              {text}
              <ByLabel word={word} next={pieces[index + 1]?.piece} />
            </ins>
          );
        return side === "after" ? null : (
          <del key={index} className="diff-del" title={byline("Deleted", word)}>
            {text}
            <ByLabel word={word} next={pieces[index + 1]?.piece} />
          </del>
        );
      })}
    </>
  );
}
