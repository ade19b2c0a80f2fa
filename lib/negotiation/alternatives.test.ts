import { describe, expect, it } from "vitest";
import { alternativeTarget, checkWording, planAlternative } from "./alternatives";
import { applyEdits, type Actor } from "./bracket-ranges";
import { attributeBrackets, holdsChangeAllowed, parseHolds, type EditableHolds } from "./holds";
import { othersHolds, protectedWords } from "./protected-brackets";

const KZ: Actor = { chair: false, state: "KZ" };
const RU: Actor = { chair: false, state: "RU" };
const CHAIR: Actor = { chair: true, state: null };
const holdsOf = (value: object = {}) => parseHolds(value);

/** Proposes `wording` at the words `needle` (a selection) or at the caret after `caret`, as `actor`. */
function propose(
  text: string,
  holds: EditableHolds,
  at: { select: string } | { caretIn: string },
  actor: Actor,
  wording: string,
  states: string[],
) {
  const from = "select" in at ? text.indexOf(at.select) : text.indexOf(at.caretIn) + 1;
  const to = "select" in at ? from + at.select.length : from;
  const target = alternativeTarget(text, holds, from, to, actor);
  if ("refused" in target) return target;
  const plan = planAlternative(text, holds, target, wording, states);
  if ("refused" in plan) return plan;
  const after = applyEdits(text, plan.edits);
  return { text: after, holds: plan.holds, label: plan.label, spans: attributeBrackets(after, plan.holds).spans };
}

/** What the collaboration server checks of a delegate's change (the holds and bracket words rules). */
function serverAccepts(
  before: { text: string; holds: EditableHolds },
  after: { text: string; holds: EditableHolds },
  state: string,
) {
  if (!holdsChangeAllowed(before.holds, after.holds, state)) return false;
  const held = othersHolds(JSON.stringify(before.holds), state);
  if (!held) return true;
  return protectedWords(before.text, held).join("|") === protectedWords(after.text, held).join("|");
}

describe("proposing an alternative to selected words", () => {
  it("makes Alt 1 of the words (nobody's) and Alt 2 of the proposal, backed by the proposer", () => {
    const text = "Decide to combat terrorism;";
    const result = propose(text, holdsOf(), { select: "combat" }, KZ, "counter", ["KZ"]);
    expect(result).toMatchObject({ text: "Decide to [Alt 1: combat] [Alt 2: counter] terrorism;", label: "Alt 2" });
    if ("refused" in result) return;
    expect(result.holds.alternatives).toEqual([{ label: "Alt 2", states: ["KZ"] }]);
    expect(result.spans.map((span) => span.states)).toEqual([[], ["KZ"]]);
    expect(serverAccepts({ text, holds: holdsOf() }, result, "KZ")).toBe(true);
  });

  it("leaves out the spaces a double-click takes along", () => {
    const result = propose("Decide to combat terrorism;", holdsOf(), { select: "combat " }, KZ, "  fight\n ", ["KZ"]);
    expect(result).toMatchObject({ text: "Decide to [Alt 1: combat] [Alt 2: fight] terrorism;" });
  });

  it("numbers a second group of a paragraph after the first, since holds match alternatives by label", () => {
    const text = "Support [Alt 1: ports] [Alt 2: hubs] with the private sector;";
    const holds = holdsOf({
      alternatives: [
        { label: "Alt 1", states: ["KZ"] },
        { label: "Alt 2", states: ["IN"] },
      ],
    });
    const result = propose(text, holds, { select: "private sector" }, RU, "States", ["RU"]);
    expect(result).toMatchObject({
      text: "Support [Alt 1: ports] [Alt 2: hubs] with the [Alt 3: private sector] [Alt 4: States];",
    });
  });

  it("refuses a selection across a bracket, one inside another state's bracket, and empty wording", () => {
    const text = "Decide to [combat terrorism] by all means";
    const holds = holdsOf({ brackets: [{ text: "combat terrorism", states: ["TR"] }] });
    expect(propose(text, holds, { select: "terrorism] by" }, KZ, "x", ["KZ"])).toEqual({
      refused: expect.stringContaining("cuts across a bracket"),
    });
    expect(propose(text, holds, { select: "terrorism" }, KZ, "x", ["KZ"])).toEqual({
      refused: expect.stringContaining("held by TR"),
    });
    expect(propose(text, holds, { select: "by all" }, KZ, " ", ["KZ"])).toEqual({
      refused: "Type the wording you propose.",
    });
    expect(checkWording("a [b] c")).toEqual({ refused: expect.stringContaining("without square brackets") });
  });
});

describe("proposing an alternative to a bracket", () => {
  const text = "Noting the pandemic [and the current geopolitical turbulence], and the need,";
  const held = holdsOf({ brackets: [{ text: "and the current geopolitical turbulence", states: ["AZ", "KZ", "TR"] }] });

  it("by a delegate, on a bracket others hold: adds Alt 2 beside it and leaves it untouched inside Alt 1", () => {
    const result = propose(text, held, { caretIn: "[and" }, RU, "and the current situation", ["RU"]);
    expect(result).toMatchObject({
      text: "Noting the pandemic [Alt 1: [and the current geopolitical turbulence]] [Alt 2: and the current situation], and the need,",
    });
    if ("refused" in result) return;
    expect(result.holds.brackets).toEqual(held.brackets);
    expect(result.holds.alternatives).toEqual([{ label: "Alt 2", states: ["RU"] }]);
    expect(serverAccepts({ text, holds: held }, result, "RU")).toBe(true);
  });

  it("by the chair: the bracket becomes Alt 1, its holders back it, the named states back Alt 2", () => {
    const result = propose(text, held, { select: "and the current geopolitical turbulence" }, CHAIR, "and crises", [
      "IN",
    ]);
    expect(result).toMatchObject({
      text: "Noting the pandemic [Alt 1: and the current geopolitical turbulence] [Alt 2: and crises], and the need,",
    });
    if ("refused" in result) return;
    expect(result.holds.brackets).toEqual([]);
    expect(result.spans.map((span) => [span.kind === "alternative" && span.label, span.states])).toEqual([
      ["Alt 1", ["AZ", "KZ", "TR"]],
      ["Alt 2", ["IN"]],
    ]);
  });

  it("by a delegate on its own bracket: its hold follows to Alt 1, which the server accepts", () => {
    const own = holdsOf({ brackets: [{ text: "and the current geopolitical turbulence", states: ["KZ"] }] });
    const result = propose(text, own, { caretIn: "geopolitical" }, KZ, "and crises", ["KZ"]);
    expect(result).toMatchObject({
      text: "Noting the pandemic [Alt 1: and the current geopolitical turbulence] [Alt 2: and crises], and the need,",
    });
    if ("refused" in result) return;
    expect(result.holds.alternatives).toEqual([
      { label: "Alt 1", states: ["KZ"] },
      { label: "Alt 2", states: ["KZ"] },
    ]);
    expect(serverAccepts({ text, holds: own }, result, "KZ")).toBe(true);
  });

  it("keeps the holders of a bracket around the one made an alternative, under its new words", () => {
    const nested = "Decide [to [combat] terrorism] now";
    const holds = holdsOf({
      brackets: [
        { text: "to [combat] terrorism", states: ["KZ"] },
        { text: "combat", states: ["KZ"] },
      ],
    });
    const result = propose(nested, holds, { caretIn: "[combat" }, KZ, "counter", ["KZ"]);
    expect(result).toMatchObject({ text: "Decide [to [Alt 1: combat] [Alt 2: counter] terrorism] now" });
    if ("refused" in result) return;
    expect(result.spans[0]).toMatchObject({ kind: "text", states: ["KZ"] });
    expect(result.holds.brackets).toEqual([{ text: "to [Alt 1: combat] [Alt 2: counter] terrorism", states: ["KZ"] }]);
  });

  it("refuses a caret outside any bracket, and a proposal to delete", () => {
    expect(propose("Decide to act", holdsOf(), { caretIn: "to" }, KZ, "x", ["KZ"])).toEqual({
      refused: expect.stringContaining("Select the words"),
    });
    expect(propose("Decide [delete] now", holdsOf(), { caretIn: "[del" }, KZ, "x", ["KZ"])).toEqual({
      refused: expect.stringContaining("delete"),
    });
  });
});

describe("proposing a further alternative in a group", () => {
  const text = "Support [Alt 1: ports] [Alt 2: hubs];";
  const holds = holdsOf({
    alternatives: [
      { label: "Alt 1", states: ["KZ"] },
      { label: "Alt 2", states: ["IN", "TR"] },
    ],
  });

  it("adds Alt 3 after the last one, from the caret in any of them, the others untouched", () => {
    for (const caretIn of ["[Alt 1", "hubs"]) {
      const result = propose(text, holds, { caretIn }, RU, "dry ports", ["RU"]);
      expect(result).toMatchObject({
        text: "Support [Alt 1: ports] [Alt 2: hubs] [Alt 3: dry ports];",
        label: "Alt 3",
      });
      if ("refused" in result) return;
      expect(serverAccepts({ text, holds }, result, "RU")).toBe(true);
    }
  });

  it("from a bracket inside an alternative too (the wrapped bracket of another state)", () => {
    const wrapped = "Noting [Alt 1: [turbulence]] [Alt 2: crises],";
    const h = holdsOf({
      brackets: [{ text: "turbulence", states: ["KZ"] }],
      alternatives: [{ label: "Alt 2", states: ["RU"] }],
    });
    const result = propose(wrapped, h, { caretIn: "[turb" }, { chair: false, state: "CN" }, "events", ["CN"]);
    expect(result).toMatchObject({ text: "Noting [Alt 1: [turbulence]] [Alt 2: crises] [Alt 3: events]," });
  });
});
