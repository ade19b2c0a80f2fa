// What a bracket says about itself. Most brackets just hold disputed words ("[combat]"), but
// two shapes mean something else and must be counted differently: an alternative
// formulation ("[Alt 1: …]") and a proposal to delete ("[delete]", "[delete: RU]",
// "[RU: delete; CN: retain]"). Recognised on the bracket's own content, at any depth.

export type BracketMeaning =
  | { kind: "text" }
  | {
      kind: "alternative";
      /** Normalised: "Alt 2", whatever the typist wrote ("alt 2", "Alternative 2", "ALT.2"). */
      label: string;
      n: number;
      /** The formulation itself, after "Alt 2:", as offsets within the content and as text. */
      bodyStart: number;
      bodyEnd: number;
      body: string;
    }
  | {
      kind: "deletion";
      /** As typed ("RU", "Russia"): mapping them to Member State codes is the caller's call. */
      proposedBy: string[];
      retainedBy: string[];
    };

// "Alt 1:", "alt. 1 :", "Alternative 1:" — the colon is required, so "[Alt 1 text]" stays plain
// text rather than guessing where the label ends.
const ALTERNATIVE = /^\s*alt(?:ernative|\.)?\s*(\d+)\s*:\s*/i;
const DELETE = /^\s*delete\s*$/i;
// "[delete: RU, CN]" — the attributed form of a compilation text. Dashes are accepted too
// because Word turns "delete - RU" into "delete – RU".
const ATTRIBUTED_DELETE = /^\s*delete\s*[:\-–—]\s*(.+?)\s*$/i;
const STANCE = /^\s*(.+?)\s*:\s*(delete|retain)\s*$/i;

/** "RU, CN and KZ" → ["RU", "CN", "KZ"]. */
function states(list: string): string[] {
  return list
    .split(/\s*(?:,|\/|\band\b)\s*/i)
    .map((state) => state.trim())
    .filter(Boolean);
}

/** "[RU: delete; CN, KZ: retain]": every clause a stance, and at least one "delete". */
function stances(content: string): BracketMeaning | null {
  const proposedBy: string[] = [];
  const retainedBy: string[] = [];
  for (const clause of content.split(";")) {
    if (!clause.trim()) continue;
    const match = STANCE.exec(clause);
    if (!match) return null;
    const [, who = "", stance = ""] = match;
    (stance.toLowerCase() === "delete" ? proposedBy : retainedBy).push(...states(who));
  }
  return proposedBy.length > 0 ? { kind: "deletion", proposedBy, retainedBy } : null;
}

export function bracketMeaning(content: string): BracketMeaning {
  const alternative = ALTERNATIVE.exec(content);
  if (alternative) {
    const n = Number(alternative[1]);
    const bodyStart = alternative[0].length;
    const bodyEnd = bodyStart + content.slice(bodyStart).trimEnd().length;
    return { kind: "alternative", label: `Alt ${n}`, n, bodyStart, bodyEnd, body: content.slice(bodyStart, bodyEnd) };
  }
  if (DELETE.test(content)) return { kind: "deletion", proposedBy: [], retainedBy: [] };
  const attributed = ATTRIBUTED_DELETE.exec(content);
  if (attributed) return { kind: "deletion", proposedBy: states(attributed[1] ?? ""), retainedBy: [] };
  return stances(content) ?? { kind: "text" };
}
