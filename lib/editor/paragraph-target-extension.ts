// Marks the paragraph a link led to (/drafts/{id}#{paragraph id}) for a moment. A decoration,
// not a class set on the DOM: ProseMirror redraws its nodes as the shared text changes and would
// drop anything it did not put there itself.
import { Extension } from "@tiptap/core";
import type { Node as ProseMirrorNode } from "@tiptap/pm/model";
import { Plugin, PluginKey, type Transaction } from "@tiptap/pm/state";
import { Decoration, DecorationSet } from "@tiptap/pm/view";

const key = new PluginKey<string | null>("paragraphTarget");

/** The position of the paragraph (or heading) with this id, or null. */
export function paragraphPosition(doc: ProseMirrorNode, pid: string): number | null {
  let found: number | null = null;
  doc.descendants((node, pos) => {
    if (found !== null) return false;
    if (node.attrs.pid === pid) found = pos;
    return found === null;
  });
  return found;
}

/** Marks the paragraph with this id (null: none). */
export const withParagraphTarget = (tr: Transaction, pid: string | null) => tr.setMeta(key, pid);

export const ParagraphTarget = Extension.create({
  name: "paragraphTarget",
  addProseMirrorPlugins() {
    return [
      new Plugin<string | null>({
        key,
        state: {
          init: () => null,
          apply: (tr, previous) => {
            const meta = tr.getMeta(key) as string | null | undefined;
            return meta === undefined ? previous : meta;
          },
        },
        props: {
          decorations: (state) => {
            const pid = key.getState(state);
            const pos = pid ? paragraphPosition(state.doc, pid) : null;
            if (pos === null) return DecorationSet.empty;
            const node = state.doc.nodeAt(pos)!;
            return DecorationSet.create(state.doc, [
              Decoration.node(pos, pos + node.nodeSize, { class: "paragraph-target" }),
            ]);
          },
        },
      }),
    ];
  },
});
