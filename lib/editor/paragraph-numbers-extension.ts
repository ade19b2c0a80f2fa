// Shows each paragraph's number (PP1, OP2 …) in the gutter of the editor. The number is a
// decoration computed from the paragraph kinds with the same function as everywhere else, so it
// is never part of the text that people edit, store or export.
import { Extension } from "@tiptap/core";
import type { Node as ProseMirrorNode } from "@tiptap/pm/model";
import { Plugin, PluginKey } from "@tiptap/pm/state";
import { Decoration, DecorationSet } from "@tiptap/pm/view";
import { paragraphNumbers, type NumberedKind } from "../draft/paragraph-numbers";

export function paragraphNumberDecorations(doc: ProseMirrorNode): DecorationSet {
  const numbered: { pos: number; size: number; kind: NumberedKind }[] = [];
  doc.forEach((node, pos) => {
    const kind = node.type.name === "heading" ? "heading" : (node.attrs.kind as NumberedKind | null);
    if (kind) numbered.push({ pos, size: node.nodeSize, kind });
  });
  const numbers = paragraphNumbers(numbered.map((entry) => entry.kind));
  return DecorationSet.create(
    doc,
    numbered.flatMap((entry, index) => {
      const number = numbers[index];
      return number ? [Decoration.node(entry.pos, entry.pos + entry.size, { "data-number": number })] : [];
    }),
  );
}

const key = new PluginKey<DecorationSet>("paragraphNumbers");

export const ParagraphNumbers = Extension.create({
  name: "paragraphNumbers",
  addProseMirrorPlugins() {
    return [
      new Plugin<DecorationSet>({
        key,
        state: {
          init: (_config, state) => paragraphNumberDecorations(state.doc),
          apply: (transaction, previous) =>
            transaction.docChanged ? paragraphNumberDecorations(transaction.doc) : previous,
        },
        props: { decorations: (state) => key.getState(state) },
      }),
    ];
  },
});
