// Who proposed and who held each bracket of a paragraph, through the versions of the text: the
// brackets, alternatives and deletion proposal the text views recorded with their states
// (lib/draft/paragraph-views.ts), followed by their words (an alternative by its label) from the
// version they first appear in to the one they are gone from. The proposer is the state listed
// first when a bracket is first held: the editor lists the state that brackets first and adds
// those that join after it (lib/negotiation/holds.ts), as a compilation text says "proposed by
// RU; supported by CN".
import type { ParagraphView } from "../../lib/draft/paragraph-views";
import type { RecordVersion } from "./record-of-negotiation";

export interface BracketHistory {
  kind: "bracket" | "alternative" | "deletion";
  /** The bracketed words, an alternative's label ("Alt 2"), or "" for a deletion proposal. */
  text: string;
  firstIn: string;
  /** The state that proposed it; null while nobody is recorded as holding it. */
  proposedBy: string | null;
  /** The holders at each version where they changed (a deletion: "RU: delete · KZ: retain"). */
  held: { version: string; states: string[]; retainedBy?: string[] }[];
  /** The version it is no longer in (agreed, withdrawn, or the paragraph gone); null if it stands. */
  goneIn: string | null;
}

interface Entry {
  key: string;
  kind: BracketHistory["kind"];
  text: string;
  states: string[];
  retainedBy?: string[];
}

/** The paragraph's brackets at one version, keyed so that the same words bracketed twice stay two. */
function entriesOf(paragraph: ParagraphView): Entry[] {
  const seen = new Map<string, number>();
  const key = (base: string) => {
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return `${base}#${n}`;
  };
  return [
    ...paragraph.brackets.map((bracket): Entry => ({
      key: key(`b:${bracket.text.trim()}`),
      kind: "bracket",
      text: bracket.text,
      states: bracket.states,
    })),
    ...paragraph.alternatives.map((alternative): Entry => ({
      key: key(`a:${alternative.label.toLowerCase()}`),
      kind: "alternative",
      text: alternative.label,
      states: alternative.states,
    })),
    ...(paragraph.deletion
      ? [
          {
            key: "d",
            kind: "deletion" as const,
            text: "",
            states: paragraph.deletion.proposedBy,
            retainedBy: paragraph.deletion.retainedBy,
          },
        ]
      : []),
  ];
}

const same = (a: readonly string[] = [], b: readonly string[] = []) =>
  a.length === b.length && a.every((state, index) => state === b[index]);

export function bracketHistories(paragraphId: string, versions: readonly RecordVersion[]): BracketHistory[] {
  const histories = new Map<string, BracketHistory>();
  for (const version of versions) {
    const paragraph = version.text.paragraphs.find((candidate) => candidate.id === paragraphId);
    const present = new Set<string>();
    for (const entry of paragraph ? entriesOf(paragraph) : []) {
      present.add(entry.key);
      let history = histories.get(entry.key);
      if (!history || history.goneIn) {
        // New, or back after it had gone: a history of its own from here.
        if (history) histories.set(`${entry.key}@${history.goneIn}`, history);
        history = {
          kind: entry.kind,
          text: entry.text,
          firstIn: version.name,
          proposedBy: null,
          held: [],
          goneIn: null,
        };
        histories.set(entry.key, history);
      }
      history.proposedBy ??= entry.states[0] ?? null;
      const last = history.held.at(-1);
      if (!last || !same(last.states, entry.states) || !same(last.retainedBy, entry.retainedBy))
        history.held.push({
          version: version.name,
          states: [...entry.states],
          ...(entry.retainedBy ? { retainedBy: [...entry.retainedBy] } : {}),
        });
    }
    for (const [key, history] of histories)
      if (!key.includes("@") && !history.goneIn && !present.has(key)) history.goneIn = version.name;
  }
  return [...histories.values()].sort((a, b) => versionIndex(versions, a.firstIn) - versionIndex(versions, b.firstIn));
}

const versionIndex = (versions: readonly RecordVersion[], name: string) =>
  versions.findIndex((version) => version.name === name);
