// What must hold after every step, read from the draft as stored before and after it. Each
// check names its invariant:
// 1 agreed (and ad ref) paragraphs and sub-paragraphs keep their words and status unless the
//   chair changes them; only the chair changes any status;
// 2 the words of a bracket held by X change only by X, the chair or the secretariat (nor move
//   out of a paragraph someone else deleted), and X's holds only by X or the chair;
// 3 pid, kind and the numbering base change only by the chair or the secretariat;
// 4 nothing refused is stored: stored = the server's text, a forbidden change leaves the stored
//   text as it was, its words never appear anywhere, no update is stored that is not in the text;
// 5 (in run.ts) honest clients converge with the stored text, their changes stand, newcomers sync;
// 6 the stored text carries only characters XML 1.0 can.
import type * as Y from "yjs";
import { holdsChangeAllowed, parseHolds } from "../../../lib/negotiation/holds";
import { STATE_OF, type Step } from "./attacks";
import { heldBrackets, numberingOf, paragraphViews, visibleState, xmlIllegal, type ParagraphView } from "./draft-view";

export interface Violation {
  invariant: string;
  message: string;
}

const clip = (text: string, length = 80) =>
  JSON.stringify(text.length > length ? `${text.slice(0, length / 2)}…${text.slice(-length / 2)}` : text);

/** Where two texts first differ, both sides shown around it. */
export function firstDifference(before: string, after: string): string {
  let at = 0;
  while (at < before.length && at < after.length && before[at] === after[at]) at += 1;
  const from = Math.max(0, at - 20);
  return `at ${at}: ${clip(before.slice(from, at + 40))} → ${clip(after.slice(from, at + 40))}`;
}

function index(views: ParagraphView[]) {
  const byItem = new Map(views.map((view) => [view.itemId, view]));
  const counts = new Map<string, number>();
  for (const view of views) if (view.pid) counts.set(view.pid, (counts.get(view.pid) ?? 0) + 1);
  const byPid = new Map(
    views.filter((view) => view.pid && counts.get(view.pid) === 1).map((view) => [view.pid!, view]),
  );
  return { byItem, byPid, counts };
}

const name = (view: ParagraphView) => `${view.sub ? "sub-paragraph" : "paragraph"} ${view.pid ?? view.itemId}`;

/** Invariants 1, 2, 3 and 4b: the step's effect on the stored draft against what its role may do. */
export function checkChange(before: Y.Doc, after: Y.Doc, step: Step): Violation[] {
  const found: Violation[] = [];
  const add = (invariant: string, message: string) => found.push({ invariant, message });
  const was = paragraphViews(before);
  const is = paragraphViews(after);
  const old = index(was);
  const now = index(is);
  const chair = step.role === "chair";
  const renumberer = step.role === "chair" || step.role === "secretariat";
  const state = STATE_OF[step.role];
  // The same paragraph after the step: by its pid when it was the only one with it (an undo
  // recreates elements; a deleted copy is not the one that is left), else by its item.
  // A pid two elements share (a copy the secretariat made) cannot tell them apart: then the one
  // with the same words and status is the same paragraph, written back by a refusal's repair.
  // Each element after the step stands for one element before it at most.
  const taken = new Set<ParagraphView>();
  const matches = new Map<ParagraphView, ParagraphView | undefined>();
  for (const view of was) {
    const match =
      (view.pid && old.counts.get(view.pid) === 1 ? now.byPid.get(view.pid) : undefined) ??
      now.byItem.get(view.itemId) ??
      is.find(
        (candidate) =>
          !taken.has(candidate) &&
          candidate.pid === view.pid &&
          candidate.text === view.text &&
          candidate.statusKeys === view.statusKeys,
      );
    if (match) taken.add(match);
    matches.set(view, match);
  }
  const sameAs = (view: ParagraphView) => matches.get(view);

  for (const view of was) {
    const later = sameAs(view);
    if (!chair) {
      if (view.locked && !later) add("1", `${name(view)} (${view.status}) is gone`);
      else if (view.locked && later && later.text !== view.text)
        add("1", `the words of ${name(view)} (${view.status}) changed ${firstDifference(view.text, later.text)}`);
      if (later && later.statusKeys !== view.statusKeys)
        add("1", `the status of ${name(view)} changed: ${view.statusKeys} → ${later.statusKeys}`);
    }

    if (!later && step.role !== "secretariat" && !chair) {
      // A paragraph deleted whole takes its held words along; merged or moved, they would stand
      // elsewhere held by nobody.
      const everywhere = (views: ParagraphView[]) => views.map((other) => other.text).join("\u0000");
      for (const bracket of heldBrackets(view.text, view.holds)) {
        if (state && bracket.states.includes(state)) continue;
        const words = `[${bracket.content}]`;
        const count = (text: string) => text.split(words).length - 1;
        if (count(everywhere(is)) > count(everywhere(was)) - count(view.text))
          add(
            "2",
            `the words of ${clip(words, 60)} held by ${bracket.states.join(",")} moved out of ${name(view)}, now gone`,
          );
      }
    }
    if (later && step.role !== "secretariat" && !chair) {
      for (const bracket of heldBrackets(view.text, view.holds)) {
        if (state && bracket.states.includes(state)) continue;
        const words = `[${bracket.content}]`;
        const count = (text: string) => text.split(words).length - 1;
        if (count(later.text) < count(view.text))
          add(
            "2",
            `the words of ${clip(words, 60)} held by ${bracket.states.join(",")} in ${name(view)} changed ${firstDifference(view.text, later.text)}`,
          );
      }
    }
    if (later && !chair && JSON.stringify(view.holds) !== JSON.stringify(later.holds)) {
      if (!holdsChangeAllowed(parseHolds(view.holds), parseHolds(later.holds), state))
        add(
          "2",
          `the holds of ${name(view)} changed beyond ${state ?? "nobody"}'s own: ${clip(String(view.holds))} → ${clip(String(later.holds))}`,
        );
    }

    if (!renumberer) {
      const sameElement = now.byItem.get(view.itemId);
      const unique = view.pid !== null && old.counts.get(view.pid) === 1;
      if (sameElement && unique && sameElement.pid !== view.pid)
        add("3", `the pid of ${name(view)} changed to ${JSON.stringify(sameElement.pid)}`);
      if (sameElement && !view.sub && JSON.stringify(sameElement.kind) !== JSON.stringify(view.kind))
        add("3", `the kind of ${name(view)} changed: ${String(view.kind)} → ${String(sameElement.kind)}`);
    }
  }

  if (!chair)
    for (const view of is)
      if (view.locked && !was.some((earlier) => sameAs(earlier) === view))
        add("1", `a new ${name(view)} arrived ${view.status}`);
  if (!renumberer && numberingOf(before) !== numberingOf(after))
    add("3", `the numbering root changed ${firstDifference(numberingOf(before), numberingOf(after))}`);
  if (step.mustNotChange && visibleState(before) !== visibleState(after))
    add(
      "4",
      `a change the rules forbid left the stored text different ${firstDifference(visibleState(before), visibleState(after))}`,
    );
  return found;
}

/** Invariant 6: characters XML 1.0 cannot carry in any text or attribute value of the draft, and how many. */
export function illegalCharacters(doc: Y.Doc): { codes: string; count: number } | null {
  const found: number[] = [];
  for (const view of paragraphViews(doc)) {
    found.push(...xmlIllegal(view.text));
    for (const value of Object.values(view.element.getAttributes()))
      if (typeof value === "string") found.push(...xmlIllegal(value));
  }
  found.push(...xmlIllegal(numberingOf(doc)));
  if (found.length === 0) return null;
  const codes = [...new Set(found)].map((code) => `U+${code.toString(16).toUpperCase().padStart(4, "0")}`);
  return { codes: codes.join(", "), count: found.length };
}

/** Updates stored but not part of the text: Yjs holds them back until clocks it lacks arrive. */
export function pendingIn(doc: Y.Doc): string | null {
  const store = doc.store as unknown as { pendingStructs: { missing: Map<number, number> } | null; pendingDs: unknown };
  if (!store.pendingStructs && !store.pendingDs) return null;
  const missing = store.pendingStructs ? [...store.pendingStructs.missing].map(([c, k]) => `${c}@${k}`) : [];
  return `${store.pendingStructs ? `items waiting for clocks ${missing.join(", ")}` : ""}${store.pendingStructs && store.pendingDs ? "; " : ""}${store.pendingDs ? "deletions of items it does not have" : ""}`;
}
