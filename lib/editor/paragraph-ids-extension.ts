// Every paragraph (and heading) carries a stable id. The server gives ids to the text it seeds
// and to any stored text that lacks them (server/collab/backfill-paragraph-ids.ts); the editor
// gives one to each paragraph a person creates: by Enter (the split half does not keep the id,
// see extensions.ts), by pasting (a pasted copy never keeps the id of its original) or by any
// other edit that leaves a paragraph without an id or with one already taken earlier in the text.
// A copy is a new paragraph in its holds too: it keeps only those of the brackets it has
// (lib/negotiation/holds-of-copy.ts), and a pasted one none.
import { Extension } from "@tiptap/core";
import { Fragment, Slice, type Node as ProseMirrorNode } from "@tiptap/pm/model";
import { Plugin, PluginKey, type Transaction } from "@tiptap/pm/state";
import { ySyncPluginKey } from "@tiptap/y-tiptap";
import { isLocked } from "../draft/status";
import { newParagraphId } from "./paragraph-id";
import { holdsOfCopy } from "../negotiation/holds-of-copy";

const carriesId = (node: ProseMirrorNode) => node.type.name === "paragraph" || node.type.name === "heading";

/** The positions of paragraphs that need a new id: none yet, or a copy of an earlier one's. */
export function paragraphsNeedingIds(doc: ProseMirrorNode): number[] {
  // Locked paragraphs keep theirs whatever their place: nobody but the chair may change them.
  const taken = new Set<string>();
  doc.descendants((node) => {
    if (carriesId(node) && node.attrs.pid && isLocked(node.attrs.status)) taken.add(node.attrs.pid);
    return !carriesId(node);
  });
  const needing: number[] = [];
  doc.descendants((node, pos) => {
    if (!carriesId(node)) return true;
    if (isLocked(node.attrs.status)) return false;
    const pid = node.attrs.pid as string | null;
    if (!pid || taken.has(pid)) needing.push(pos);
    else taken.add(pid);
    return false;
  });
  return needing;
}

function withoutIds(fragment: Fragment): Fragment {
  const nodes: ProseMirrorNode[] = [];
  fragment.forEach((node) => {
    const content = withoutIds(node.content);
    nodes.push(
      carriesId(node) && (node.attrs.pid || node.attrs.holds)
        ? node.type.create(
            { ...node.attrs, pid: null, ...(node.attrs.holds ? { holds: null } : {}) },
            content,
            node.marks,
          )
        : node.copy(content),
    );
  });
  return Fragment.fromArray(nodes);
}

/** A pasted slice with its paragraph ids and holds removed: copies are new paragraphs. */
export function stripParagraphIds(slice: Slice): Slice {
  return new Slice(withoutIds(slice.content), slice.openStart, slice.openEnd);
}

const isRemote = (transaction: Transaction) => Boolean(transaction.getMeta(ySyncPluginKey)?.isChangeOrigin);

const key = new PluginKey("paragraphIds");

export const ParagraphIds = Extension.create({
  name: "paragraphIds",
  addProseMirrorPlugins() {
    const editor = this.editor;
    return [
      new Plugin({
        key,
        props: { transformPasted: (slice) => stripParagraphIds(slice) },
        appendTransaction: (transactions, _old, state) => {
          // Only for our own edits: others' browsers name the paragraphs they create, and a
          // reader who cannot edit names nothing.
          if (!editor.isEditable || !transactions.some((tr) => tr.docChanged && !isRemote(tr))) return null;
          const needing = paragraphsNeedingIds(state.doc);
          if (needing.length === 0) return null;
          const transaction = state.tr;
          for (const pos of needing) {
            transaction.setNodeAttribute(pos, "pid", newParagraphId());
            const node = transaction.doc.nodeAt(pos)!;
            if (node.attrs.holds) {
              const text = node.textBetween(0, node.content.size, "", "\n");
              transaction.setNodeAttribute(pos, "holds", holdsOfCopy(node.attrs.holds, text));
            }
          }
          return transaction.setMeta("addToHistory", false);
        },
      }),
    ];
  },
});
