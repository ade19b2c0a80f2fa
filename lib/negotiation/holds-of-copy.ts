// A paragraph made from another (the second half of a split, a pasted or dropped copy) is a new
// paragraph: it holds only the brackets whose words it has. Holding more would attribute to
// states brackets they never placed there, and the server refuses a new paragraph that carries
// another state's holds (server/collab/rules/holds-rule.ts).
import { attributeBrackets, parseHolds, serializeHolds } from "./holds";
import type { Holds } from "./outstanding";

/** The `holds` value a copy keeps: the entries of `value` matched by a bracket in `text`. */
export function holdsOfCopy(value: unknown, text: string): string | null {
  const holds = parseHolds(value);
  const { spans } = attributeBrackets(text, holds);
  const matched = (kind: string) => new Set(spans.filter((span) => span.kind === kind).map((span) => span.hold));
  const [brackets, alternatives] = [matched("text"), matched("alternative")];
  const kept: Holds = {
    brackets: holds.brackets.filter((_, index) => brackets.has(index)),
    alternatives: holds.alternatives.filter((_, index) => alternatives.has(index)),
  };
  return serializeHolds(kept);
}
