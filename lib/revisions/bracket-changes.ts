// What changed in a paragraph's brackets and alternatives between two texts, in words a delegate
// reads at a glance: which brackets were added or removed, and whose holds changed. Brackets are
// matched by their words, as lib/negotiation matches holds to typed brackets.
import type { ParagraphView } from "../draft/paragraph-views";

/** Long bracketed passages are named by their first words. */
const short = (words: string) => (words.length > 60 ? `${words.slice(0, 57).trimEnd()}…` : words);

type Held = { key: string; shown: string; states: string[] };

export interface BracketChange {
  kind: "added" | "removed" | "holders";
  /** "[combat]" or "Alt 1". */
  shown: string;
  states: string[];
  /** For "holders": who held it before. */
  before?: string[];
}

function heldItems(paragraph: ParagraphView | null): Held[] {
  if (!paragraph) return [];
  return [
    ...paragraph.brackets.map((bracket) => ({
      key: `b:${bracket.text}`,
      shown: `[${short(bracket.text)}]`,
      states: bracket.states,
    })),
    ...paragraph.alternatives.map((alternative) => ({
      key: `a:${alternative.label}`,
      shown: alternative.label,
      states: alternative.states,
    })),
  ];
}

const sameStates = (a: string[], b: string[]) => [...a].sort().join() === [...b].sort().join();

export function bracketChanges(before: ParagraphView | null, after: ParagraphView | null): BracketChange[] {
  const old = heldItems(before);
  const now = heldItems(after);
  const changes: BracketChange[] = [];
  const unmatched = [...old];
  for (const item of now) {
    const at = unmatched.findIndex((candidate) => candidate.key === item.key);
    if (at === -1) {
      changes.push({ kind: "added", shown: item.shown, states: item.states });
      continue;
    }
    const [previous] = unmatched.splice(at, 1);
    if (!sameStates(previous!.states, item.states))
      changes.push({ kind: "holders", shown: item.shown, states: item.states, before: previous!.states });
  }
  for (const item of unmatched) changes.push({ kind: "removed", shown: item.shown, states: item.states });
  return changes;
}

const heldBy = (states: string[]) => (states.length > 0 ? `held by ${states.join(", ")}` : "held by nobody recorded");

/** One change as a phrase: "[combat] added, held by RU, CN". */
export function describeBracketChange(change: BracketChange): string {
  const { shown } = change;
  switch (change.kind) {
    case "added":
      return `${shown} added, ${heldBy(change.states)}`;
    case "removed":
      return `${shown} removed`;
    case "holders":
      return `${shown} ${heldBy(change.before ?? [])} → ${heldBy(change.states)}`;
  }
}
