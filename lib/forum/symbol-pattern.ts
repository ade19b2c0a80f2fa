// A forum's document symbols follow its pattern: "CICA/SWG/{year}/{n}" makes CICA/SWG/2026/1,
// CICA/SWG/2026/2, … — {n} numbers the drafts of each year ({year} may be left out, then {n}
// runs on). Pure, so that the settings page shows the next symbol as it is typed.

const PLACEHOLDER = /\{(year|n)\}/g;

/** What is wrong with a pattern, or null. */
export function patternProblem(pattern: string): string | null {
  if (pattern.trim() !== pattern || pattern.length === 0)
    return "A symbol pattern cannot be empty or start or end with a space.";
  if (pattern.length > 60) return "A symbol pattern is at most 60 characters.";
  if (!pattern.includes("{n}")) return "A symbol pattern needs {n}, the number of the draft.";
  if ((pattern.match(/\{n\}/g) ?? []).length > 1 || (pattern.match(/\{year\}/g) ?? []).length > 1)
    return "{year} and {n} may each appear once.";
  const rest = pattern.replace(PLACEHOLDER, "");
  if (/[{}]/.test(rest)) return "Only {year} and {n} may stand in braces.";
  if (/[\u0000-\u001f\u007f]/.test(rest)) return "A symbol pattern cannot hold control characters.";
  return null;
}

export function symbolFor(pattern: string, year: number, n: number): string {
  return pattern.replace(PLACEHOLDER, (_, name: string) => String(name === "year" ? year : n));
}

/** The number {n} of a symbol made by `pattern` in `year`, or null when it was not made so. */
export function numberOf(pattern: string, year: number, symbol: string): number | null {
  const escaped = pattern.replace(/[.*+?^$()|[\]\\/]/g, "\\$&");
  const source = escaped.replace(/\{year\}/, String(year)).replace(/\{n\}/, "(\\d+)");
  const match = new RegExp(`^${source}$`).exec(symbol);
  return match ? Number(match[1]) : null;
}
