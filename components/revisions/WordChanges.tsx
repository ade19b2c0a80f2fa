// The words of a paragraph with what changed marked in them: insertions underlined (<ins>),
// deletions struck through (<del>). Screen readers are told where each starts and ends (the CSS
// adds the words), and print in black and white keeps the lines, so colour is never the only sign.
// In a preambular paragraph the opening words ("Recalling also") are in italics, as in the editor
// and the exports (lib/negotiation/preamble-opening.ts): read off the text of the side shown.
import type { ReactNode } from "react";
import { splitAtOpening } from "@/lib/negotiation/preamble-opening";
import type { WordDiff } from "@/lib/revisions";

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
            <ins key={index} className="diff-ins">
              {text}
            </ins>
          );
        return side === "after" ? null : (
          <del key={index} className="diff-del">
            {text}
          </del>
        );
      })}
    </>
  );
}
