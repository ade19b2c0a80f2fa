// What a draft can hold at all, whoever writes it: text and paragraphs (no embedded documents
// or binaries), no characters documents cannot carry (XML 1.0, lib/text/xml-safe.ts), and sizes
// a negotiation needs and a server can carry.
/* eslint-disable @typescript-eslint/no-explicit-any -- Yjs types its shared types with any */
import * as Y from "yjs";
import { isXmlSafe } from "../../../lib/text/xml-safe";
import type { AppliedUpdate } from "./applied-update";
import type { EffectFindings } from "./judge-effect";
import type { UpdateRule } from "./rule";

export const CHARACTERS_REASON = "the text may not contain control characters";
export const FOREIGN_CONTENT_REASON = "a draft holds only text and paragraphs";
/** A long article of a charter runs to a few thousand characters; ten times that is not a paragraph. */
export const MAX_PARAGRAPH_CHARACTERS = 30_000;
/** Enough to paste a whole draft in one go (the demo's longest is about 40,000 characters). */
export const MAX_UPDATE_CHARACTERS = 300_000;
export const PARAGRAPH_SIZE_REASON = `a paragraph may hold at most ${MAX_PARAGRAPH_CHARACTERS.toLocaleString("en")} characters`;
export const UPDATE_SIZE_REASON = `one change may add at most ${MAX_UPDATE_CHARACTERS.toLocaleString("en")} characters`;

/** Every paragraph in `top` within the size limit. */
function judgeSize(top: Y.AbstractType<any>, found: EffectFindings): void {
  const visit = (element: Y.AbstractType<any>) => {
    let length = 0;
    for (const child of (element as Y.XmlElement).toArray()) {
      if (child instanceof Y.XmlText) length += child.length;
      else if (child instanceof Y.XmlElement) visit(child);
    }
    if (length > MAX_PARAGRAPH_CHARACTERS) found.refuse(element, PARAGRAPH_SIZE_REASON);
  };
  if (top instanceof Y.XmlElement) visit(top);
}

function judgeNewItems(effect: AppliedUpdate, found: EffectFindings): void {
  let added = 0;
  const grown = new Set<Y.AbstractType<any>>();
  for (const item of effect.newItems()) {
    const parent = item.parent as Y.AbstractType<any>;
    const content = item.content;
    if (content instanceof Y.ContentString) {
      if (item.deleted) continue; // typed and deleted in one go: nothing stands
      added += content.str.length;
      if (!isXmlSafe(content.str)) found.refuse(parent, CHARACTERS_REASON);
      grown.add(effect.topOf(parent));
    } else if (content instanceof Y.ContentAny || content instanceof Y.ContentFormat) {
      const values = content instanceof Y.ContentAny ? content.arr : [content.key, content.value];
      if (values.some((value) => !isXmlSafe(typeof value === "string" ? value : JSON.stringify(value ?? null))))
        found.refuse(parent, CHARACTERS_REASON);
    } else if (content instanceof Y.ContentDoc || content instanceof Y.ContentBinary) {
      found.refuse(parent, FOREIGN_CONTENT_REASON);
    }
  }
  if (added > MAX_UPDATE_CHARACTERS) found.refuseWhole(UPDATE_SIZE_REASON);
  for (const top of grown) if (top !== effect.fragment) judgeSize(top, found);
}

export const contentRule: UpdateRule = {
  name: "content",
  judge: (effect, _sender, found) => judgeNewItems(effect, found),
};
