// The words of a bracket another Member State holds stand until that state lets them go: a
// delegate types nothing inside them and deletes none of them (lib/negotiation/
// protected-brackets.ts says what is protected; protected-words.ts reads it off a paragraph).
// Judged on what the update did, since only the applied update says where a character landed.
import * as Y from "yjs";
import { BRACKET_WORDS_REASON, othersHolds, protectedWords } from "../../../lib/negotiation/protected-brackets";
import { can } from "../../../lib/policy/can";
import { isParagraphLike, type AppliedUpdate } from "./applied-update";
import { insertedRuns, paragraphText, touchesProtectedWords } from "./protected-words";
import type { Sender, UpdateRule } from "./rule";
import type { EffectFindings } from "./judge-effect";

const isParagraph = (type: unknown): type is Y.XmlElement =>
  type instanceof Y.XmlElement && type.nodeName === "paragraph";

/** Paragraphs whose words the update changed (a text child added or removed, or typed in). */
function paragraphsTypedIn(effect: AppliedUpdate): Set<Y.XmlElement> {
  const found = new Set<Y.XmlElement>();
  for (const { type, keys, locked } of effect.changed()) {
    if (locked) continue; // the lock rule's
    if (isParagraph(type) && keys.has(null)) found.add(type);
    else if (type instanceof Y.XmlText && isParagraphLike(type.parent) && isParagraph(type.parent))
      found.add(type.parent);
  }
  return found;
}

/** No new character lands inside held words, none of them is deleted (read as the paragraph stood). */
function judgeTyping(effect: AppliedUpdate, sender: Sender, found: EffectFindings): void {
  for (const paragraph of paragraphsTypedIn(effect)) {
    if (paragraph._item?.deleted) continue; // deleting the whole paragraph is another act ("OP7 [deleted]")
    const held = othersHolds(effect.valueBefore(paragraph, "holds"), sender.memberStateCode ?? null);
    if (held && touchesProtectedWords(paragraph, effect.visibleBefore, held))
      found.refuse(paragraph, BRACKET_WORDS_REASON);
  }
}

/**
 * A paragraph with held words may go whole, not merge into another or move: joining it to its
 * neighbour (Backspace at its start) deletes it and types what is left of it into the other one,
 * where nobody holds its words; a cut and paste in one go takes them anywhere.
 */
function judgeJoins(effect: AppliedUpdate, sender: Sender, found: EffectFindings): void {
  const heldWordsGone: string[] = [];
  let heldIn: Y.XmlElement | null = null;
  for (const element of effect.deletedElements()) {
    if (!isParagraph(element) || effect.lockedBefore(element)) continue; // locked: the lock rule's
    const held = othersHolds(effect.valueBefore(element, "holds"), sender.memberStateCode ?? null);
    const words = held ? protectedWords(paragraphText(element, effect.visibleBefore), held) : [];
    if (words.length === 0) continue;
    heldIn = element;
    heldWordsGone.push(...words);
  }
  if (heldIn === null) return;
  const runs = insertedRuns(effect.tr, (item) => !effect.existedBefore(item));
  if (runs.some((run) => run.intoStanding || heldWordsGone.some((words) => run.text.includes(words))))
    found.refuse(heldIn, BRACKET_WORDS_REASON);
}

export const bracketWordsRule: UpdateRule = {
  name: "bracket words",

  judge(effect, sender, found) {
    if (can(sender, "change-held-words")) return;
    judgeTyping(effect, sender, found);
    judgeJoins(effect, sender, found);
  },
};
