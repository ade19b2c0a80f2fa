// Who holds each bracket of a paragraph, as the live text stores it: a `holds` attribute of
// the paragraph (a JSON string in the shape of `Holds`), beside the brackets typed in its text.
// The brackets are the text's; the holds only attribute them, matched by text as outstanding()
// does (an alternative by its label). Everything here is pure: the editor changes holds with
// it, the collaboration server polices the changes with it, the dashboard counts with it.
import { z } from "zod";
import { parseBrackets, type BracketProblem, type BracketSpan } from "./brackets";
import type { Holds } from "./outstanding";

const statesSchema = z.array(z.string().min(1)).default([]);

export const holdsSchema = z.object({
  brackets: z.array(z.object({ text: z.string(), states: statesSchema })).optional(),
  alternatives: z
    .array(z.object({ label: z.string().min(1), text: z.string().optional(), states: statesSchema }))
    .optional(),
  deletion: z.object({ proposedBy: statesSchema, retainedBy: statesSchema.optional() }).nullable().optional(),
});

/** Mutable, normalised holds: every list present. */
export interface EditableHolds {
  brackets: { text: string; states: string[] }[];
  alternatives: { label: string; text?: string; states: string[] }[];
  deletion: { proposedBy: string[]; retainedBy: string[] } | null;
}

/** The attribute as stored (a JSON string, or an object from older clients) → holds; junk reads as none. */
export function parseHolds(value: unknown): EditableHolds {
  let raw = value;
  if (typeof value === "string") {
    try {
      raw = JSON.parse(value);
    } catch {
      raw = null;
    }
  }
  const parsed = holdsSchema.safeParse(raw ?? {});
  const holds = parsed.success ? parsed.data : {};
  return {
    brackets: (holds.brackets ?? []).map((hold) => ({ text: hold.text, states: [...hold.states] })),
    alternatives: (holds.alternatives ?? []).map((hold) => ({ ...hold, states: [...hold.states] })),
    deletion: holds.deletion
      ? { proposedBy: [...holds.deletion.proposedBy], retainedBy: [...(holds.deletion.retainedBy ?? [])] }
      : null,
  };
}

/** Holds → the attribute value; null when nothing is held (the attribute's default). */
export function serializeHolds(holds: Holds): string | null {
  const out: Holds = {};
  if (holds.brackets?.length) out.brackets = holds.brackets;
  if (holds.alternatives?.length) out.alternatives = holds.alternatives;
  if (holds.deletion && (holds.deletion.proposedBy.length > 0 || (holds.deletion.retainedBy?.length ?? 0) > 0))
    out.deletion = holds.deletion;
  return Object.keys(out).length === 0 ? null : JSON.stringify(out);
}

// ---------------------------------------------------------------------------------------------
// The rule the collaboration server enforces: a delegation speaks only for itself.

/** Every (what, state) pair the holds assert, counted: a multiset, so duplicates count. */
function entries(holds: Holds): Map<string, { state: string; count: number }> {
  const found = new Map<string, { state: string; count: number }>();
  const add = (what: string, state: string) => {
    const key = `${what}\u0000${state}`;
    const entry = found.get(key) ?? { state, count: 0 };
    entry.count += 1;
    found.set(key, entry);
  };
  for (const hold of holds.brackets ?? []) for (const state of hold.states) add(`b:${hold.text.trim()}`, state);
  for (const hold of holds.alternatives ?? [])
    for (const state of hold.states) add(`a:${hold.label.toLowerCase()}`, state);
  for (const state of holds.deletion?.proposedBy ?? []) add("d:delete", state);
  for (const state of holds.deletion?.retainedBy ?? []) add("d:retain", state);
  return found;
}

/** The states whose holds differ between two values of a paragraph's holds. */
export function statesChangedBetween(before: Holds, after: Holds): Set<string> {
  const a = entries(before);
  const b = entries(after);
  const changed = new Set<string>();
  for (const [key, entry] of a) if ((b.get(key)?.count ?? 0) !== entry.count) changed.add(entry.state);
  for (const [key, entry] of b) if ((a.get(key)?.count ?? 0) !== entry.count) changed.add(entry.state);
  return changed;
}

/**
 * May a delegation change a paragraph's holds from `before` to `after`? Only when every hold
 * added or removed is its own state's. Reshaping what nobody holds (an empty entry) is free.
 */
export function holdsChangeAllowed(before: Holds, after: Holds, state: string | null): boolean {
  for (const changed of statesChangedBetween(before, after)) if (changed !== state) return false;
  return true;
}

// ---------------------------------------------------------------------------------------------
// Typed brackets with the states that hold them.

export type AttributedSpan = BracketSpan & {
  /** The states holding it (for an alternative, backing it). */
  states: string[];
  /** Index of the matched entry in holds.brackets / holds.alternatives; null when unattributed. */
  hold: number | null;
};

export interface AttributedBrackets {
  spans: AttributedSpan[];
  /** Unbalanced brackets (unclosed "[" or unopened "]"); empty ones are spans already. */
  unbalanced: BracketProblem[];
}

/** parseBrackets, each span matched to its hold the way outstanding() matches them. */
export function attributeBrackets(text: string, holds: Holds): AttributedBrackets {
  const { spans, problems } = parseBrackets(text);
  const usedBrackets = new Set<number>();
  const usedAlternatives = new Set<number>();
  const take = <T>(pool: readonly T[] | undefined, used: Set<number>, matches: (hold: T) => boolean) => {
    const index = (pool ?? []).findIndex((hold, i) => !used.has(i) && matches(hold));
    if (index === -1) return null;
    used.add(index);
    return index;
  };
  const attributed = spans.map((span): AttributedSpan => {
    if (span.kind === "text") {
      const hold = take(holds.brackets, usedBrackets, (entry) => entry.text.trim() === span.content.trim());
      return { ...span, hold, states: hold === null ? [] : [...holds.brackets![hold]!.states] };
    }
    if (span.kind === "alternative") {
      const hold = take(
        holds.alternatives,
        usedAlternatives,
        (e) => e.label.toLowerCase() === span.label.toLowerCase(),
      );
      return { ...span, hold, states: hold === null ? [] : [...holds.alternatives![hold]!.states] };
    }
    return { ...span, hold: null, states: [...span.proposedBy] };
  });
  return { spans: attributed, unbalanced: problems.filter((problem) => problem.kind !== "empty") };
}

/**
 * The alternatives that stand together with the one at `index`: neighbouring alternative spans
 * at the same depth, separated by nothing but spaces. The chair picks one of the group.
 */
export function alternativeGroup(text: string, spans: readonly BracketSpan[], index: number): number[] {
  const span = spans[index];
  if (!span || span.kind !== "alternative") return [];
  const siblings = spans
    .map((candidate, i) => ({ candidate, i }))
    .filter(({ candidate }) => candidate.kind === "alternative" && candidate.parent === span.parent);
  const at = siblings.findIndex(({ i }) => i === index);
  let first = at;
  let last = at;
  const adjacent = (left: BracketSpan, right: BracketSpan) => !text.slice(left.close + 1, right.open).trim();
  while (first > 0 && adjacent(siblings[first - 1]!.candidate, siblings[first]!.candidate)) first -= 1;
  while (last < siblings.length - 1 && adjacent(siblings[last]!.candidate, siblings[last + 1]!.candidate)) last += 1;
  return siblings.slice(first, last + 1).map(({ i }) => i);
}

// ---------------------------------------------------------------------------------------------
// Changes, as the editor makes them. Each returns new holds; the input is left alone.

const withState = (states: readonly string[], state: string) =>
  states.includes(state) ? [...states] : [...states, state];
const withoutState = (states: readonly string[], state: string) => states.filter((code) => code !== state);

/** A new bracket around `text`, held by `states`. */
export function addBracketHold(holds: EditableHolds, text: string, states: readonly string[]): EditableHolds {
  return { ...holds, brackets: [...holds.brackets, { text, states: [...new Set(states)] }] };
}

/** A new alternative `label`, backed by `states` (merged into an existing entry of that label). */
export function addAlternativeHold(holds: EditableHolds, label: string, states: readonly string[]): EditableHolds {
  const existing = holds.alternatives.findIndex((hold) => hold.label.toLowerCase() === label.toLowerCase());
  if (existing === -1)
    return { ...holds, alternatives: [...holds.alternatives, { label, states: [...new Set(states)] }] };
  const alternatives = holds.alternatives.map((hold, i) =>
    i === existing ? { ...hold, states: states.reduce(withState, hold.states) } : hold,
  );
  return { ...holds, alternatives };
}

/**
 * Joins (`holding`) or leaves a typed span's hold. A span nobody held yet gets an entry; an
 * entry nobody holds any more is dropped (the caller removes the bracket characters with it).
 */
export function setSpanHold(
  holds: EditableHolds,
  span: Pick<AttributedSpan, "kind" | "hold" | "content"> & { label?: string },
  state: string,
  holding: boolean,
): EditableHolds {
  if (span.kind === "text") {
    if (span.hold === null) return holding ? addBracketHold(holds, span.content, [state]) : holds;
    const brackets = holds.brackets
      .map((hold, i) =>
        i === span.hold
          ? { ...hold, states: holding ? withState(hold.states, state) : withoutState(hold.states, state) }
          : hold,
      )
      .filter((hold) => hold.states.length > 0);
    return { ...holds, brackets };
  }
  if (span.kind === "alternative" && span.label) {
    if (span.hold === null) return holding ? addAlternativeHold(holds, span.label, [state]) : holds;
    const alternatives = holds.alternatives
      .map((hold, i) =>
        i === span.hold
          ? { ...hold, states: holding ? withState(hold.states, state) : withoutState(hold.states, state) }
          : hold,
      )
      .filter((hold) => hold.states.length > 0);
    return { ...holds, alternatives };
  }
  return holds;
}

/** Drops a span's hold entirely (the chair removing a bracket, or picking an alternative). */
export function dropSpanHold(holds: EditableHolds, span: Pick<AttributedSpan, "kind" | "hold">): EditableHolds {
  if (span.hold === null) return holds;
  if (span.kind === "text") return { ...holds, brackets: holds.brackets.filter((_, i) => i !== span.hold) };
  if (span.kind === "alternative")
    return { ...holds, alternatives: holds.alternatives.filter((_, i) => i !== span.hold) };
  return holds;
}

export type DeletionStance = "delete" | "retain" | null;

/** A state's stance on deleting the paragraph: propose deletion, ask to retain, or neither. */
export function setDeletionStance(holds: EditableHolds, state: string, stance: DeletionStance): EditableHolds {
  const current = holds.deletion ?? { proposedBy: [], retainedBy: [] };
  let proposedBy = withoutState(current.proposedBy, state);
  let retainedBy = withoutState(current.retainedBy, state);
  if (stance === "delete") proposedBy = [...proposedBy, state];
  if (stance === "retain") retainedBy = [...retainedBy, state];
  // A delegation may not erase others' "retain" when it withdraws the last proposal: those stay,
  // answering nothing (countedHolds leaves them out) until their states withdraw them too.
  if (proposedBy.length === 0 && retainedBy.length === 0) return { ...holds, deletion: null };
  return { ...holds, deletion: { proposedBy, retainedBy } };
}

/** The holds that count towards agreement: a "retain" with no proposal to answer is not a hold. */
export function countedHolds<H extends Holds>(holds: H): H {
  return holds.deletion && holds.deletion.proposedBy.length === 0 ? { ...holds, deletion: null } : holds;
}

export function deletionStanceOf(holds: Holds, state: string | null): DeletionStance {
  if (!state || !holds.deletion) return null;
  if (holds.deletion.proposedBy.includes(state)) return "delete";
  if (holds.deletion.retainedBy?.includes(state)) return "retain";
  return null;
}
