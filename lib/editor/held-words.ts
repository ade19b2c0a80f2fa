// The editor keeps the rule the collaboration server keeps on the words of brackets other states
// hold (lib/negotiation/protected-brackets.ts; judged on the server in server/collab/rules/
// bracket-words-rule.ts): a delegate's keystroke, paste, split or join that would change, delete or
// move them is not taken, and the delegate is told whose words they are. Without this, the
// server undoes the change afterwards, and whatever the delegate typed meanwhile lands where the
// caret was thrown ("Call uponTake effective measures…" in the next paragraph).
import type { Node as ProseMirrorNode } from "@tiptap/pm/model";
import { stateNamesInProse } from "../forum/member-states";
import { holdsChangeAllowed, parseHolds } from "../negotiation/holds";
import { othersHolds, protectedPairs, protectedWords, type OthersHolds } from "../negotiation/protected-brackets";
import { paragraphText } from "./bracket-holds-extension";
import { paragraphIndex, type ParagraphIndex } from "./paragraph-index";

const HELD_WORDS = "These words are held by";

/** What a delegate is told; the words are not theirs to change, but they may answer them. */
export function heldWordsMessage(states: readonly string[]): string {
  return (
    `${HELD_WORDS} ${stateNamesInProse(states)}: only they can change or move them. ` +
    "You may propose an alternative, or comment on them."
  );
}
/** Whether a refusal is about others' bracket words (where an alternative is the answer). */
export function isHeldWordsMessage(message: string): boolean {
  return message.startsWith(HELD_WORDS);
}
export const OWN_HOLDS_MESSAGE = "A delegation changes only its own holds.";

/** Each paragraph and heading of a document by its id, from its one paragraph index. */
type ById = Pick<ParagraphIndex, "byId">;

/**
 * What a paragraph stands in ("doc > orderedList > listItem"): the shared document holds a
 * paragraph moved into another container (a list item lifted out of its list, sunk into
 * another) as a new element, its words deleted where they were and typed anew.
 */
function containerAt(doc: ProseMirrorNode, pos: number): string {
  const $pos = doc.resolve(pos);
  const names: string[] = [];
  for (let depth = 0; depth <= $pos.depth; depth += 1) names.push($pos.node(depth).type.name);
  return names.join(" > ");
}

/**
 * Whether changing a paragraph's text from `was` to `is` reaches into the protected brackets of
 * `was`, judged as the server will see it: the shared document receives a paragraph's change as
 * one replacement, from the first character that differs to the last (y-tiptap's updateYText),
 * so an edit on both sides of a bracket rewrites it, and "[Alt 1: " typed just before a "["
 * lands inside it (the common beginning takes the "[").
 */
function touchesProtected(was: string, is: string, held: OthersHolds): boolean {
  let start = 0;
  while (start < was.length && start < is.length && was[start] === is[start]) start += 1;
  let end = 0;
  while (end + start < was.length && end + start < is.length && was[was.length - end - 1] === is[is.length - end - 1])
    end += 1;
  const [removedTo, inserted] = [was.length - end, is.length - end > start];
  return protectedPairs(was, held).some(
    ({ open, close }) =>
      (start < removedTo && start <= close && removedTo > open) || (inserted && start > open && start <= close),
  );
}

/** Whether a paragraph or heading of `before` still there in `after` has other words now. */
function standingParagraphChanged(before: ProseMirrorNode, now: ById): boolean {
  let changed = false;
  before.descendants((node) => {
    if (changed || !node.isTextblock) return !changed;
    const next = node.attrs.pid ? now.byId(node.attrs.pid)?.node : undefined;
    if (next && next !== node && paragraphText(next) !== paragraphText(node)) changed = true;
    return false;
  });
  return changed;
}

/** Every textblock's text, apart, so that words are not found across a paragraph boundary. */
function allText(doc: ProseMirrorNode): string {
  const texts: string[] = [];
  doc.descendants((node) => {
    if (node.isTextblock) texts.push(paragraphText(node));
    return !node.isTextblock;
  });
  return texts.join("\u0000");
}

function occurrences(text: string, words: string): number {
  let count = 0;
  for (let at = text.indexOf(words); at !== -1; at = text.indexOf(words, at + words.length)) count += 1;
  return count;
}

/**
 * Why a delegate of `state` may not turn `before` into `after`, or null when they may: the
 * words of brackets other states hold changed in their paragraph, or moved out of a deleted one
 * into another (a join), or a hold of another state changed.
 */
export function heldWordsReason(before: ProseMirrorNode, after: ProseMirrorNode, state: string | null): string | null {
  // Both documents' paragraph indexes (paragraph-index.ts): `before` is the editor's current
  // document, `after` the one every plugin reads next, so neither is walked here.
  const now = paragraphIndex(after);
  const gone: { words: string[]; states: string[] }[] = [];
  let reason: string | null = null;
  for (const { node, pos, text } of paragraphIndex(before).paragraphs) {
    if (reason !== null) break;
    if (node.type.name !== "paragraph") continue;
    const found = node.attrs.pid ? now.byId(node.attrs.pid) : undefined;
    const next = found?.node;
    const held = othersHolds(node.attrs.holds, state);
    // Untouched, ProseMirror keeps the very same node; one with held words may still have moved.
    const moved = Boolean(held && found && containerAt(before, pos) !== containerAt(after, found.pos));
    if (next === node && !moved) continue;
    if (next && next.attrs.holds !== node.attrs.holds) {
      if (!holdsChangeAllowed(parseHolds(node.attrs.holds), parseHolds(next.attrs.holds), state))
        reason = OWN_HOLDS_MESSAGE;
    }
    if (reason !== null || !held) continue;
    const words = protectedWords(text, held);
    if (words.length === 0) continue;
    if (!next) gone.push({ words, states: held.states });
    else if (moved || touchesProtected(text, found.text, held)) reason = heldWordsMessage(held.states);
  }
  if (reason !== null || gone.length === 0) return reason;
  // Deleting a paragraph whole is allowed ("OP7 [deleted]"); merging what is left of it into a
  // neighbour (a join, a deletion from the paragraph above into it) or taking its held words
  // elsewhere is not.
  const states = [...new Set(gone.flatMap((paragraph) => paragraph.states))];
  if (standingParagraphChanged(before, now)) return heldWordsMessage(states);
  const [was, is] = [allText(before), allText(after)];
  for (const { words } of gone)
    if (words.some((text) => occurrences(is, text) > occurrences(was, text) - 1)) return heldWordsMessage(states);
  return null;
}
