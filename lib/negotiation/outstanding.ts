// What still stands between a paragraph and agreement. Delegates type brackets by hand as
// often as they use the structured tools, so both count — but once only: the structured holds
// of lib/draft/content.ts describe the typed brackets ("[combat]" held by RU), they do not add
// to them. A structured hold matches a typed bracket with the same text (an alternative: the
// same label); the rest are added. Removing brackets is agreement, so "clean" means none left.
import { parseBrackets, type BracketProblem } from "./brackets";

/** Structured holds as the editor records them; lib/draft/content.ts paragraphs fit as they are. */
export interface Holds {
  brackets?: readonly { text: string; states: readonly string[] }[];
  alternatives?: readonly { label: string; text?: string; states: readonly string[] }[];
  deletion?: { proposedBy: readonly string[]; retainedBy?: readonly string[] } | null;
}

export interface Outstanding {
  brackets: { text: string; states: string[] }[];
  alternatives: { label: string; states: string[] }[];
  deletions: { proposedBy: string[]; retainedBy: string[] }[];
  /** Unbalanced "[" or "]": the text cannot be agreed while it is malformed. */
  unbalanced: BracketProblem[];
}

/** Removes and returns the first structured hold that `matches`, so each one is used once. */
function take<T>(pool: T[], matches: (hold: T) => boolean): T | undefined {
  const index = pool.findIndex(matches);
  return index === -1 ? undefined : pool.splice(index, 1)[0];
}

export function outstanding(text: string, holds: Holds = {}): Outstanding {
  const { spans, problems } = parseBrackets(text);
  const heldBrackets = [...(holds.brackets ?? [])];
  const heldAlternatives = [...(holds.alternatives ?? [])];
  const result: Outstanding = { brackets: [], alternatives: [], deletions: [], unbalanced: [] };

  for (const span of spans) {
    if (span.kind === "text") {
      const held = take(heldBrackets, (hold) => hold.text.trim() === span.content.trim());
      result.brackets.push({ text: span.content, states: [...(held?.states ?? [])] });
    } else if (span.kind === "alternative") {
      const held = take(heldAlternatives, (hold) => hold.label.toLowerCase() === span.label.toLowerCase());
      result.alternatives.push({ label: span.label, states: [...(held?.states ?? [])] });
    } else {
      result.deletions.push({ proposedBy: span.proposedBy, retainedBy: span.retainedBy });
    }
  }
  for (const hold of heldBrackets) result.brackets.push({ text: hold.text, states: [...hold.states] });
  for (const hold of heldAlternatives) result.alternatives.push({ label: hold.label, states: [...hold.states] });

  // A paragraph is proposed for deletion once, however it was marked: merge the structured
  // proposal into the first typed marker rather than counting two.
  if (holds.deletion) {
    const typed = result.deletions[0];
    const proposedBy = [...new Set([...(typed?.proposedBy ?? []), ...holds.deletion.proposedBy])];
    const retainedBy = [...new Set([...(typed?.retainedBy ?? []), ...(holds.deletion.retainedBy ?? [])])];
    result.deletions.splice(0, 1, { proposedBy, retainedBy });
  }
  result.unbalanced = problems.filter((problem) => problem.kind !== "empty");
  return result;
}

export function isClean(remaining: Outstanding): boolean {
  const { brackets, alternatives, deletions, unbalanced } = remaining;
  return brackets.length + alternatives.length + deletions.length + unbalanced.length === 0;
}

const MAX_NAMED = 5;
const MAX_BRACKET_TEXT = 30;

function count(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`;
}

/** "[combat]", long ones cut at a word: a reason is read at a glance, not studied. */
function quote(text: string): string {
  const trimmed = text.trim();
  if (trimmed.length <= MAX_BRACKET_TEXT) return `[${trimmed}]`;
  const cut = trimmed.slice(0, MAX_BRACKET_TEXT);
  const space = cut.lastIndexOf(" ");
  return `[${(space > 0 ? cut.slice(0, space) : cut).trimEnd()}…]`;
}

/** "a", "a and b", "a, b and c" — UN English, no serial comma. */
function list(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}

/** '2 brackets ([combat], [counter]) and 1 alternative'; "" when clean. */
export function describeOutstanding({ brackets, alternatives, deletions, unbalanced }: Outstanding): string {
  const parts: string[] = [];
  if (brackets.length > 0) {
    const named = brackets.slice(0, MAX_NAMED).map((bracket) => quote(bracket.text));
    if (brackets.length > MAX_NAMED) named.push("…");
    parts.push(`${count(brackets.length, "bracket")} (${named.join(", ")})`);
  }
  if (alternatives.length > 0) parts.push(count(alternatives.length, "alternative"));
  if (deletions.length > 0) parts.push(count(deletions.length, "deletion proposal"));
  if (unbalanced.length > 0) parts.push(count(unbalanced.length, "unbalanced bracket"));
  return list(parts);
}
