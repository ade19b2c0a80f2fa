// Splits a paragraph's text into plain runs and bracketed spans, as delegates type them:
// "[combat][counter] terrorism". Nested brackets stay inside their outer span; an unbalanced
// bracket is reported rather than guessed at.

export type TextSegment = { kind: "text"; text: string } | { kind: "bracket"; text: string };

export interface SplitResult {
  segments: TextSegment[];
  /** True when some "[" has no "]" or the other way round. */
  unbalanced: boolean;
}

export function splitBrackets(text: string): SplitResult {
  const segments: TextSegment[] = [];
  let depth = 0;
  let start = 0;
  let unbalanced = false;
  const push = (kind: TextSegment["kind"], value: string) => {
    if (value) segments.push({ kind, text: value });
  };
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    if (char === "[") {
      if (depth === 0) {
        push("text", text.slice(start, index));
        start = index + 1;
      }
      depth += 1;
    } else if (char === "]") {
      if (depth === 0) {
        unbalanced = true;
        continue;
      }
      depth -= 1;
      if (depth === 0) {
        push("bracket", text.slice(start, index));
        start = index + 1;
      }
    }
  }
  if (depth > 0) {
    unbalanced = true;
    push("text", text.slice(start - 1));
  } else {
    push("text", text.slice(start));
  }
  return { segments, unbalanced };
}
