// The words of a paragraph with what changed marked in them: insertions underlined (<ins>),
// deletions struck through (<del>). Screen readers are told where each starts and ends (the CSS
// adds the words), and print in black and white keeps the lines, so colour is never the only sign.
import type { WordDiff } from "@/lib/revisions";

export function WordChanges({
  words,
  side = "both",
}: {
  words: readonly WordDiff[];
  /** "before": the old text with its deletions; "after": the new text with its insertions. */
  side?: "both" | "before" | "after";
}) {
  return (
    <>
      {words.map((word, index) => {
        if (word.op === "equal") return <span key={index}>{word.text}</span>;
        if (word.op === "insert")
          return side === "before" ? null : (
            <ins key={index} className="diff-ins">
              {word.text}
            </ins>
          );
        return side === "after" ? null : (
          <del key={index} className="diff-del">
            {word.text}
          </del>
        );
      })}
    </>
  );
}
