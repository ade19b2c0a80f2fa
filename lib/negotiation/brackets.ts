// Brackets as delegates type them, read out of plain text with every offset the editor needs
// to highlight them. Supersedes lib/draft/inline-brackets.ts, which only splits the top level:
// here nested brackets are spans of their own, and an unbalanced bracket is located, not just
// noticed, so the UI can point at it. Offsets are JavaScript string indices (UTF-16), the
// same as ProseMirror's within a text node. Square brackets only ever mean disagreement in a
// negotiating text (references use parentheses), so there is no escaping.
import { bracketMeaning, type BracketMeaning } from "./bracket-content";

export type BracketSpan = BracketMeaning & {
  /** Offset of "[" and of "]". */
  open: number;
  close: number;
  /** The content between them: text.slice(start, end); start = open + 1, end = close. */
  start: number;
  end: number;
  content: string;
  /** 0 for an outermost bracket, 1 inside one, … */
  depth: number;
  /** Index in `spans` of the bracket around this one; null at depth 0. */
  parent: number | null;
};

export type BracketProblem =
  /** A "[" never closed. */
  | { kind: "unclosed"; offset: number }
  /** A "]" never opened. */
  | { kind: "unopened"; offset: number }
  /** "[]" or "[ ]": nothing to disagree about, most likely the leftover of a deletion. */
  | { kind: "empty"; offset: number };

export interface ParsedBrackets {
  /** In document order of their "[". */
  spans: BracketSpan[];
  /** In document order. */
  problems: BracketProblem[];
}

export function parseBrackets(text: string): ParsedBrackets {
  const pairs: { open: number; close: number }[] = [];
  const problems: BracketProblem[] = [];
  const openers: number[] = [];
  for (let offset = 0; offset < text.length; offset += 1) {
    if (text[offset] === "[") openers.push(offset);
    else if (text[offset] !== "]") continue;
    else if (openers.length === 0) problems.push({ kind: "unopened", offset });
    else pairs.push({ open: openers.pop()!, close: offset });
  }
  // The innermost "[" pairs with the first "]", so a stray "[" is left over here, not guessed at.
  for (const offset of openers) problems.push({ kind: "unclosed", offset });

  pairs.sort((a, b) => a.open - b.open);
  // Parents are the closed brackets around a span; an unclosed "[" around it does not count.
  const around: number[] = [];
  const spans = pairs.map(({ open, close }, index): BracketSpan => {
    while (around.length > 0 && pairs[around.at(-1)!]!.close < open) around.pop();
    const parent = around.at(-1) ?? null;
    const depth = around.length;
    around.push(index);
    const content = text.slice(open + 1, close);
    if (!content.trim()) problems.push({ kind: "empty", offset: open });
    return { ...bracketMeaning(content), open, close, start: open + 1, end: close, content, depth, parent };
  });

  problems.sort((a, b) => a.offset - b.offset);
  return { spans, problems };
}
