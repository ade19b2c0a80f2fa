// The units a comparison of two texts counts in: words, runs of whitespace, single punctuation
// marks, and each square bracket on its own. Brackets stand alone so that removing the brackets
// around agreed words reads as exactly that ("[" and "]" deleted, the words kept), not as the
// words rewritten; punctuation stands alone so that a comma added after a word does not make
// the word itself look changed. Joining the tokens gives the text back, character for character.

// A word keeps its inner hyphens and apostrophes ("counter-terrorism", "State’s"): replacing one
// such word reads as one replacement. Anything else is one code point (the `u` flag keeps
// surrogate pairs whole).
const TOKEN = /\[|\]|[\p{L}\p{N}\p{M}]+(?:['’-][\p{L}\p{N}\p{M}]+)*|\s+|[^\s[\]\p{L}\p{N}\p{M}]/gu;

export function tokenize(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

export function isBracket(token: string): boolean {
  return token === "[" || token === "]";
}
