// "Propose an alternative": what the tool does to a paragraph, decided on its text and holds so
// that the browser and the tests read the same rules the collaboration server applies (a
// delegate may change only its own state's holds, and never the words of a bracket another
// state holds: server/collab/rules/holds-rule.ts, bracket-words-rule.ts).
//
// Where the caret or the selection is decides what is proposed against:
// - Words with no bracket around them → `[Alt 1: <words>] [Alt 2: <proposal>]`. Nobody holds
//   Alt 1: the words were nobody's proposal until now.
// - A bracket of words (caret in it, or its words selected):
//   - nobody else holds it, or the chair acts → `[Alt 1: <words>] [Alt 2: <proposal>]`, and
//     whoever held the bracket now backs Alt 1 (their hold follows the words);
//   - another state holds it and a delegate acts → `[Alt 1: [<words>]] [Alt 2: <proposal>]`.
//     The held bracket is left exactly as it stands, words and holders, inside Alt 1: the
//     server refuses a delegate rewriting it or moving its holds, and a diplomat still reads
//     who stands behind the original words. When those states withdraw, the inner brackets go
//     and Alt 1 reads plainly.
// - An alternative (caret or selection in any member of a group) → `[Alt N: <proposal>]` after
//   the last alternative of the group; the group's brackets are not touched.
// The proposal is backed by the proposer's Member State (the chair names states, or none for
// its own compromise language). Labels are unique in the paragraph — holds match alternatives
// by label — so a second group in a paragraph goes on from the highest label there (Alt 3 …).
// Inside a bracket another state holds (around the words, or around the group), a delegate may
// propose nothing: that would change their words. Putting the caret in that bracket proposes an
// alternative to the whole of it instead.
import { addAlternativeHold, alternativeGroup, attributeBrackets, dropSpanHold, type EditableHolds } from "./holds";
import { cutsAcross, othersHolding, retextAround, spansAround, type Actor, type TextEdit } from "./bracket-ranges";

export type AlternativeTarget =
  | { mode: "words"; from: number; to: number; words: string }
  | { mode: "bracket"; span: number; words: string; keep: boolean; heldBy: string[] }
  | { mode: "group"; last: number; labels: string[] };

export type Refusal = { refused: string };

export interface AlternativePlan {
  edits: TextEdit[];
  holds: EditableHolds;
  /** The label of the proposal ("Alt 2"). */
  label: string;
}

const list = (states: readonly string[]) => states.join(", ");

/** What "Propose an alternative" would act on, for the words from `from` to `to` (a caret when equal). */
export function alternativeTarget(
  text: string,
  holds: EditableHolds,
  from: number,
  to: number,
  actor: Actor,
): AlternativeTarget | Refusal {
  const { spans } = attributeBrackets(text, holds);
  if (from !== to && cutsAcross(spans, from, to))
    return { refused: "The selection cuts across a bracket: select words inside it, or the whole bracket." };
  // A selection of a whole bracket, "[" and "]" included, is a selection of its words.
  const exact = spans.find((span) => span.open === from && span.close + 1 === to);
  const around = exact ? [exact, ...spansAround(spans, exact.start, exact.end)] : spansAround(spans, from, to);
  const blocked = (outer: typeof around) => {
    const holder = outer.find((span) => othersHolding(span, actor).length > 0);
    return holder
      ? {
          refused: `These words are in a bracket held by ${list(holder.states)}: put the caret in it to propose an alternative to all of it.`,
        }
      : null;
  };

  const inAlternative = around.findIndex((span) => span.kind === "alternative");
  if (inAlternative !== -1) {
    const span = around[inAlternative]!;
    const group = alternativeGroup(text, spans, spans.indexOf(span));
    const refusal = blocked(around.slice(inAlternative + 1));
    if (refusal) return refusal;
    const labels = group
      .map((index) => spans[index]!)
      .flatMap((member) => (member.kind === "alternative" ? [member.label] : []));
    return { mode: "group", last: group.at(-1)!, labels };
  }

  const innermost = around[0];
  const selected = text.slice(from, to).trim();
  const wholeBracket =
    innermost?.kind === "text" && (from === to || exact === innermost || selected === innermost.content.trim());
  if (innermost?.kind === "deletion")
    return { refused: "A proposal to delete has no words to set an alternative against." };
  if (wholeBracket) {
    const refusal = blocked(around.slice(1));
    if (refusal) return refusal;
    const others = othersHolding(innermost, actor);
    return {
      mode: "bracket",
      span: spans.indexOf(innermost),
      words: innermost.content.trim(),
      keep: others.length > 0,
      heldBy: innermost.states,
    };
  }
  if (from === to) return { refused: "Select the words you propose to replace, or put the caret in a bracket." };
  const refusal = blocked(around);
  if (refusal) return refusal;
  // The brackets go round the words, not round the spaces a double-click takes along.
  const start = from + (text.slice(from, to).length - text.slice(from, to).trimStart().length);
  return { mode: "words", from: start, to: start + selected.length, words: selected };
}

/** The next free label number in the paragraph: one past the highest in its text or its holds. */
function nextLabel(text: string, holds: EditableHolds): number {
  const numbers = attributeBrackets(text, holds).spans.flatMap((span) => (span.kind === "alternative" ? [span.n] : []));
  for (const hold of holds.alternatives) numbers.push(Number(/\d+/.exec(hold.label)?.[0] ?? 0));
  return Math.max(0, ...numbers) + 1;
}

/** The wording as it goes into the text: one line, no brackets of its own (the tool adds them). */
export function checkWording(wording: string): { wording: string } | Refusal {
  const line = wording.replace(/\s+/g, " ").trim();
  if (!line) return { refused: "Type the wording you propose." };
  if (/[[\]]/.test(line)) return { refused: "Type the wording without square brackets: the tool adds them." };
  return { wording: line };
}

/** The edits and holds that make `target` an alternative group with `wording` backed by `states`. */
export function planAlternative(
  text: string,
  holds: EditableHolds,
  target: AlternativeTarget,
  wording: string,
  states: readonly string[],
): AlternativePlan | Refusal {
  const checked = checkWording(wording);
  if ("refused" in checked) return checked;
  const { spans } = attributeBrackets(text, holds);
  const first = nextLabel(text, holds);
  const proposal = (n: number) => ` [Alt ${n}: ${checked.wording}]`;
  let edits: TextEdit[];
  let label: string;
  let moved: { index: number; states: string[] } | null = null; // the converted bracket's hold
  if (target.mode === "group") {
    const last = spans[target.last]!;
    label = `Alt ${first}`;
    edits = [{ from: last.close + 1, to: last.close + 1, insert: proposal(first) }];
  } else if (target.mode === "words") {
    label = `Alt ${first + 1}`;
    edits = [
      { from: target.from, to: target.from, insert: `[Alt ${first}: ` },
      { from: target.to, to: target.to, insert: `]${proposal(first + 1)}` },
    ];
  } else {
    const span = spans[target.span]!;
    label = `Alt ${first + 1}`;
    edits = target.keep
      ? [
          { from: span.open, to: span.open, insert: `[Alt ${first}: ` },
          { from: span.close + 1, to: span.close + 1, insert: `]${proposal(first + 1)}` },
        ]
      : [
          { from: span.start, to: span.start, insert: `Alt ${first}: ` },
          { from: span.close + 1, to: span.close + 1, insert: proposal(first + 1) },
        ];
    if (!target.keep) moved = { index: target.span, states: span.states };
  }
  // Brackets around the change keep their holders under their new words; then the converted
  // bracket's holders move to Alt 1 (its index is still valid: retextAround keeps the order).
  let after = retextAround(holds, text, spans, edits);
  if (moved) {
    after = dropSpanHold(after, spans[moved.index]!);
    if (moved.states.length > 0) after = addAlternativeHold(after, `Alt ${first}`, moved.states);
  }
  if (states.length > 0) after = addAlternativeHold(after, label, states);
  return { edits, holds: after, label };
}
