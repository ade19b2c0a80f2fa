// Shows each paragraph's number in the gutter of the editor: "PP1", "OP5 bis", and "(a)",
// "(a bis)" on sub-paragraphs. The numbers come from lib/negotiation against the draft's
// numbering base (lib/collab/numbering-base.ts), so the editor, the API and the exports agree on
// them; they are decorations, never part of the text that people edit, store or export.
//
// A paragraph of the base that is no longer in the text was deleted: in a live editor deleting
// its words removes the node, so the base is the only thing that still remembers it. It is shown
// where it stood, as "OP7 [deleted]", until the next renumbering drops it, because everyone in
// the room keeps saying "OP8" and must see why there is no OP7.
//
// With `menu`, each number is a button that opens the paragraph's menu
// (components/live-draft/ParagraphMenu.tsx): the gutter is where people point at a paragraph.
// The button says so as a bubbling DOM event; what the menu offers is the page's business.
import { Extension } from "@tiptap/core";
import type { Node as ProseMirrorNode } from "@tiptap/pm/model";
import { Plugin, PluginKey } from "@tiptap/pm/state";
import { Decoration, DecorationSet } from "@tiptap/pm/view";
import { paragraphLabel, type BaseNumber, type NumberingBase } from "../negotiation";
import { paragraphIndex } from "./paragraph-index";

/** Where the editor gets the numbering base from, and hears of its changes. */
export interface NumberingBaseSource {
  current(): NumberingBase;
  subscribe(listener: (base: NumberingBase) => void): () => void;
}

const isList = (node: ProseMirrorNode) => node.type.name === "orderedList" || node.type.name === "bulletList";

const compare = (a: { n: number; suffix?: number }, b: { n: number; suffix?: number }) =>
  a.n - b.n || (a.suffix ?? 0) - (b.suffix ?? 0);

type Missing = { id: string; kind: "preambular" | "operative"; n: number; suffix?: number };

/**
 * Where a deleted paragraph stood: after the last paragraph still in the text with a lower base
 * number in its series, its sub-paragraphs and the paragraphs inserted after it ("OP6 bis" comes
 * before a deleted OP7), else before the first with a higher one.
 */
function placeOfDeleted(
  missing: Missing,
  kept: { kind: string; number: BaseNumber; top: number; pos: number }[],
  inserted: ReadonlySet<number>,
  doc: ProseMirrorNode,
): number {
  const series = kept.filter((entry) => entry.kind === missing.kind);
  const before = series.filter((entry) => compare(entry.number, missing) < 0).at(-1);
  if (before) {
    let found: number | null = null;
    doc.forEach((node, offset, index) => {
      if (found === null && index > before.top && !isList(node) && !inserted.has(index)) found = offset;
    });
    return found ?? doc.content.size;
  }
  // Numbered paragraphs are top-level nodes: their position is where the line goes.
  const after = series.find((entry) => compare(entry.number, missing) > 0);
  if (after) return after.pos;
  return missing.kind === "preambular" ? 0 : doc.content.size;
}

/** Sent by a gutter number when it is pressed; `detail` is a `ParagraphMenuRequest`. */
export const PARAGRAPH_MENU_EVENT = "concord:paragraph-menu";

export interface ParagraphMenuRequest {
  pid: string;
  /** The full reference, as the room says it: "OP6 bis", "OP2 (a)". */
  reference: string;
}

/**
 * The number in the gutter as a button. Its label is drawn by CSS from data-number (like the
 * plain number), so that the paragraph's text content holds no number for anyone who reads it.
 */
function numberButton(display: string, request: ParagraphMenuRequest): HTMLElement {
  const button = document.createElement("button");
  button.type = "button";
  button.className = "paragraph-number";
  button.contentEditable = "false";
  button.setAttribute("data-number", display);
  button.setAttribute("data-pid", request.pid);
  button.setAttribute("aria-label", `Paragraph ${request.reference}: menu`);
  button.setAttribute("aria-haspopup", "menu");
  button.addEventListener("click", (event) => {
    event.preventDefault();
    button.dispatchEvent(
      new CustomEvent<ParagraphMenuRequest>(PARAGRAPH_MENU_EVENT, { bubbles: true, detail: request }),
    );
  });
  return button;
}

function deletedMarker(labels: string[]): HTMLElement {
  const marker = document.createElement("div");
  marker.className = "deleted-paragraphs";
  marker.contentEditable = "false";
  for (const label of labels) {
    const line = document.createElement("p");
    line.className = "deleted-paragraph";
    const number = document.createElement("span");
    number.className = "deleted-paragraph-number";
    number.textContent = label;
    line.append(number, " [deleted]");
    marker.append(line);
  }
  return marker;
}

export function paragraphNumberDecorations(
  doc: ProseMirrorNode,
  base: NumberingBase = {},
  { menu = false }: { menu?: boolean } = {},
): DecorationSet {
  // The document's one paragraph index (paragraph-index.ts), numbered against the base.
  const paragraphs = paragraphIndex(doc).numbered(base);
  const decorations: Decoration[] = [];
  const present = new Set<string>();
  const kept: { kind: string; number: BaseNumber; top: number; pos: number }[] = [];
  /** Top-level paragraphs inserted since the base (by node index), per series. */
  const inserted = { preambular: new Set<number>(), operative: new Set<number>() };

  for (const paragraph of paragraphs) {
    const { number, pos, top } = paragraph;
    present.add(paragraph.id);
    if (number.display)
      decorations.push(
        Decoration.node(pos, pos + paragraph.node.nodeSize, {
          "data-number": number.display,
          ...(paragraph.level > 0 ? { "data-sub": "true" } : {}),
          ...(menu ? { "data-number-button": "true" } : {}),
        }),
      );
    // Only a paragraph with its stored id: the menu's links and filters hang on it.
    const pid = paragraph.pid;
    if (menu && number.display && pid) {
      const request = { pid, reference: number.ref ?? number.display };
      const display = number.display;
      decorations.push(
        Decoration.widget(pos + 1, () => numberButton(display, request), {
          key: `number:${pid}:${display}:${request.reference}`,
          side: -1,
          ignoreSelection: true,
          // The button's own clicks and keys are not the editor's (no caret moves, no typing).
          stopEvent: () => true,
        }),
      );
    }
    const entry = base[paragraph.id];
    if (paragraph.level === 0 && entry && "kind" in entry && entry.kind === paragraph.kind)
      kept.push({ kind: paragraph.kind, number: entry, top, pos });
    else if (paragraph.level === 0 && paragraph.kind !== "heading") inserted[paragraph.kind].add(top);
  }

  // Deleted sub-paragraphs leave a gap in the letters ("(a)", "(c)"); a deleted numbered
  // paragraph gets its own line, since its sub-paragraphs went with it.
  const missing: Missing[] = [];
  for (const [id, entry] of Object.entries(base))
    if (!present.has(id) && "kind" in entry) missing.push({ id, kind: entry.kind, n: entry.n, suffix: entry.suffix });
  missing.sort((a, b) => (a.kind === b.kind ? compare(a, b) : a.kind === "preambular" ? -1 : 1));
  const byPlace = new Map<number, Missing[]>();
  for (const entry of missing) {
    const place = placeOfDeleted(entry, kept, inserted[entry.kind], doc);
    byPlace.set(place, [...(byPlace.get(place) ?? []), entry]);
  }
  for (const [place, entries] of byPlace) {
    const labels = entries.map((entry) => paragraphLabel(entry.kind, entry.n, entry.suffix ?? 0));
    decorations.push(
      Decoration.widget(place, () => deletedMarker(labels), {
        key: `deleted:${labels.join(",")}`,
        side: -1,
        ignoreSelection: true,
        deleted: labels,
      }),
    );
  }
  return DecorationSet.create(doc, decorations);
}

interface NumbersState {
  base: NumberingBase;
  decorations: DecorationSet;
}

const key = new PluginKey<NumbersState>("paragraphNumbers");

export const ParagraphNumbers = Extension.create<{ source: NumberingBaseSource | null; menu: boolean }>({
  name: "paragraphNumbers",
  addOptions() {
    return { source: null, menu: false };
  },
  addProseMirrorPlugins() {
    const { source, menu } = this.options;
    return [
      new Plugin<NumbersState>({
        key,
        state: {
          init: (_config, state) => {
            const base = source?.current() ?? {};
            return { base, decorations: paragraphNumberDecorations(state.doc, base, { menu }) };
          },
          apply: (transaction, previous) => {
            const base = (transaction.getMeta(key) as NumberingBase | undefined) ?? previous.base;
            if (base === previous.base && !transaction.docChanged) return previous;
            return { base, decorations: paragraphNumberDecorations(transaction.doc, base, { menu }) };
          },
        },
        props: { decorations: (state) => key.getState(state)?.decorations },
        // A renumbering by the chair or the secretariat reaches every editor at once.
        view: (view) => {
          const unsubscribe = source?.subscribe((base) => {
            if (!view.isDestroyed) view.dispatch(view.state.tr.setMeta(key, base));
          });
          return { destroy: () => unsubscribe?.() };
        },
      }),
    ];
  },
});
