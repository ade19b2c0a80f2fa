// Whether selected words may be put in a bracket of their own, and why not. Brackets do nest in
// negotiating texts, but only as a disagreement within a disagreement:
// - words already in a bracket the new holders hold are bracketed already — a second bracket
//   by the same states says nothing more ("[[open-ended]KZ]"); to change the words, type, and
//   to give them up, withdraw;
// - a delegate may not add a bracket inside one another state holds: that changes their words,
//   and the collaboration server refuses it (server/collab/rules/bracket-words-rule.ts); an
//   alternative, beside their bracket, is the way to propose other words;
// - a selection that cuts across a bracket would pair the brackets wrongly.
// The chair may nest a bracket for other states inside any bracket.
import { attributeBrackets, type EditableHolds } from "./holds";
import { cutsAcross, othersHolding, spansAround, type Actor } from "./bracket-ranges";

const list = (states: readonly string[]) => states.join(", ");

/** Null when the words from `from` to `to` may be bracketed for `states`; otherwise why not. */
export function bracketRefusal(
  text: string,
  holds: EditableHolds,
  from: number,
  to: number,
  actor: Actor,
  states: readonly string[],
): string | null {
  const { spans } = attributeBrackets(text, holds);
  if (cutsAcross(spans, from, to))
    return "The selection cuts across a bracket: select words inside it, or the whole bracket.";
  const exact = spans.find((span) => span.open === from && span.close + 1 === to);
  const around = [...(exact ? [exact] : []), ...spansAround(spans, from, to)];
  for (const span of around) {
    if (span.kind === "deletion") continue;
    const shared = span.states.filter((held) => states.includes(held));
    if (shared.length > 0 && shared.length === states.length) {
      if (span.kind === "alternative") return `These words are already in ${span.label}, which ${list(shared)} backs.`;
      return actor.chair
        ? `These words are already in a bracket held by ${list(span.states)}.`
        : `These words are already in a bracket ${list(shared)} holds. To change them, type; to give them up, withdraw.`;
    }
    const others = othersHolding(span, actor);
    if (others.length > 0)
      return `These words are in a bracket held by ${list(others)}: propose an alternative instead.`;
  }
  return null;
}
