// Sets the words that open a preambular paragraph in italics ("Recalling also that …"), as a
// resolution is printed. A decoration, never a mark: the rule (lib/negotiation/preamble-opening.ts)
// is read off the words each time they change, so nothing italic is stored, exported by accident
// or fought over in the shared text, and a rewritten opening is set in italics as it is typed.
import { Extension } from "@tiptap/core";
import type { Node as ProseMirrorNode } from "@tiptap/pm/model";
import { Plugin, PluginKey } from "@tiptap/pm/state";
import { Decoration, DecorationSet } from "@tiptap/pm/view";
import { preambleOpening } from "../negotiation/preamble-opening";
import { paragraphIndex } from "./paragraph-index";

export function preambleOpeningDecorations(doc: ProseMirrorNode): DecorationSet {
  const decorations: Decoration[] = [];
  // The document's one paragraph index (paragraph-index.ts): a paragraph without a kind continues
  // the series before it, preambular at the top. Sub-paragraphs (lists) never open with a participle.
  for (const { node, pos, kind, level, text } of paragraphIndex(doc).paragraphs) {
    if (level !== 0 || kind !== "preambular" || node.type.name !== "paragraph") continue;
    const opening = preambleOpening(text);
    if (opening)
      decorations.push(
        Decoration.inline(pos + 1 + opening.start, pos + 1 + opening.end, { class: "preamble-opening" }),
      );
  }
  return DecorationSet.create(doc, decorations);
}

const key = new PluginKey<DecorationSet>("preambleOpening");

export const PreambleOpening = Extension.create({
  name: "preambleOpening",
  addProseMirrorPlugins() {
    return [
      new Plugin<DecorationSet>({
        key,
        state: {
          init: (_config, state) => preambleOpeningDecorations(state.doc),
          apply: (transaction, previous) =>
            transaction.docChanged ? preambleOpeningDecorations(transaction.doc) : previous,
        },
        props: { decorations: (state) => key.getState(state) },
      }),
    ];
  },
});
