// Edits made the way the browser's editor makes them: a ProseMirror transform (split a
// paragraph, join two, delete across paragraphs, paste several paragraphs, type) on the text as
// y-tiptap reads it, written into the Yjs document by y-tiptap's own `updateYFragment`, exactly
// as the live binding does after every editor transaction. Aimed anywhere: inside brackets
// other states hold, in agreed paragraphs, across both; the server decides what stands.
import { initProseMirrorDoc, updateYFragment } from "@tiptap/y-tiptap";
import { Fragment, Slice, type Node as PMNode } from "@tiptap/pm/model";
import { Transform, canJoin, canSplit } from "@tiptap/pm/transform";
import type * as Y from "yjs";
import { DRAFT_FIELD, draftSchema } from "../../../lib/editor/extensions";
import { editAs } from "./crafted-update";

export const EDITOR_STEPS = {
  "editor-split": 4,
  "editor-join": 4,
  "editor-delete-range": 4,
  "editor-paste": 3,
  "editor-type": 4,
} as const;
export type EditorStepKind = keyof typeof EDITOR_STEPS;

export interface Pick {
  int(n: number): number;
}

/** Positions inside textblocks (where a caret can stand) of the document. */
function caretPositions(doc: PMNode): number[] {
  const positions: number[] = [];
  doc.descendants((node, pos) => {
    if (!node.isTextblock) return true;
    for (let offset = 0; offset <= node.content.size; offset += 1) positions.push(pos + 1 + offset);
    return false;
  });
  return positions;
}

/** The update a browser would send for `kind`, aimed at random; null when it changes nothing. */
export function editorUpdate(
  kind: EditorStepKind,
  base: Y.Doc,
  clientId: number,
  rng: Pick,
  marker: string,
): { update: Uint8Array; description: string } | null {
  const schema = draftSchema();
  let description = "";
  const update = editAs(base, clientId, (copy) => {
    const fragment = copy.getXmlFragment(DRAFT_FIELD);
    const { doc, meta } = initProseMirrorDoc(fragment, schema);
    const positions = caretPositions(doc);
    if (positions.length < 2) return;
    const at = () => positions[rng.int(positions.length)]!;
    const tr = new Transform(doc);
    try {
      switch (kind) {
        case "editor-split": {
          const pos = at();
          if (!canSplit(tr.doc, pos)) return;
          tr.split(pos);
          tr.insert(pos + 2, schema.text(`Call upon ${marker} `));
          description = `splits the paragraph at ${pos} (Enter) and types`;
          break;
        }
        case "editor-join": {
          const joins: number[] = [];
          doc.forEach((_node, offset, index) => {
            if (index > 0 && canJoin(doc, offset)) joins.push(offset);
          });
          if (joins.length === 0) return;
          const pos = joins[rng.int(joins.length)]!;
          tr.join(pos);
          description = `joins the paragraphs at ${pos} (Backspace at a paragraph's start)`;
          break;
        }
        case "editor-delete-range": {
          const a = at();
          const b = at();
          if (a === b) return;
          tr.delete(Math.min(a, b), Math.max(a, b));
          description = `selects ${Math.min(a, b)}–${Math.max(a, b)} and deletes`;
          break;
        }
        case "editor-paste": {
          const a = at();
          const b = rng.int(3) === 0 ? at() : a;
          const paragraphs = [0, 1, 2].map((n) =>
            schema.nodes.paragraph!.create(null, schema.text(`Pasted ${n} ${marker}`)),
          );
          tr.replace(Math.min(a, b), Math.max(a, b), new Slice(Fragment.from(paragraphs), 1, 1));
          description = `pastes three paragraphs over ${Math.min(a, b)}–${Math.max(a, b)}`;
          break;
        }
        case "editor-type": {
          const pos = at();
          tr.insert(pos, schema.text(` ${marker} `));
          description = `types at ${pos}`;
          break;
        }
      }
    } catch {
      return; // a transform ProseMirror refuses: the editor would not have made it either
    }
    if (!tr.docChanged) return;
    updateYFragment(copy, fragment, tr.doc, meta);
  });
  return update && description ? { update, description } : null;
}
