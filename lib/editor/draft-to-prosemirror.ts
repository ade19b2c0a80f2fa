// Turns a draft's text as data (demo seed, Word import) into the editor's document.
import type { JSONContent } from "@tiptap/core";
import type { DraftContent, DraftItem, DraftMark, DraftParagraph } from "../draft/content";
import { serializeHolds } from "../negotiation/holds";
import { newParagraphId } from "./paragraph-id";

/**
 * The words as text nodes, split where emphasis starts and ends (the editor's bold, italic and
 * underline marks). Marks outside the text are clipped; none at all gives one plain node.
 */
export function textNodes(value: string, marks: readonly DraftMark[] = []): JSONContent[] {
  if (!value) return [];
  const ranges = marks
    .map((mark) => ({ type: mark.type, from: Math.max(0, mark.from), to: Math.min(value.length, mark.to) }))
    .filter((mark) => mark.to > mark.from);
  if (ranges.length === 0) return [{ type: "text", text: value }];
  const cuts = [...new Set([0, value.length, ...ranges.flatMap((mark) => [mark.from, mark.to])])].sort((a, b) => a - b);
  const nodes: JSONContent[] = [];
  for (let index = 0; index < cuts.length - 1; index += 1) {
    const [from, to] = [cuts[index]!, cuts[index + 1]!];
    const types = [...new Set(ranges.filter((mark) => mark.from <= from && mark.to >= to).map((mark) => mark.type))];
    const node: JSONContent = { type: "text", text: value.slice(from, to) };
    if (types.length > 0) node.marks = types.sort().map((type) => ({ type }));
    const last = nodes.at(-1);
    // Neighbours with the same marks are one node, as ProseMirror would normalise them.
    if (last && JSON.stringify(last.marks ?? []) === JSON.stringify(node.marks ?? [])) last.text += node.text!;
    else nodes.push(node);
  }
  return nodes;
}

/** A list of sub-paragraphs: (a), (b) at the first level, (i), (ii) under them. */
function subList(items: readonly DraftItem[], type: "a" | "i"): JSONContent {
  return {
    type: "orderedList",
    attrs: { type, start: 1 },
    content: items.map((item) => ({
      type: "listItem",
      content: [
        {
          type: "paragraph",
          attrs: {
            pid: newParagraphId(),
            holds: serializeHolds({ brackets: item.brackets, alternatives: item.alternatives ?? [] }),
          },
          content: textNodes(item.text, item.marks),
        },
        ...(item.items?.length ? [subList(item.items, "i")] : []),
      ],
    })),
  };
}

function paragraphNodes(paragraph: DraftParagraph): JSONContent[] {
  if (paragraph.kind === "heading")
    return [
      {
        type: "heading",
        attrs: { level: 3, pid: newParagraphId() },
        content: textNodes(paragraph.text, paragraph.marks),
      },
    ];
  const nodes: JSONContent[] = [
    {
      type: "paragraph",
      attrs: {
        pid: newParagraphId(),
        kind: paragraph.kind,
        status: paragraph.status ?? "open",
        // Ad ref: whose capitals confirm, by when (lib/editor/paragraph-status.ts).
        ...(paragraph.status === "agreed_ad_ref" && paragraph.adRef
          ? { adRefStates: paragraph.adRef.states.join(",") || null, adRefDeadline: paragraph.adRef.deadline }
          : {}),
        // Who holds the brackets typed in the text (lib/negotiation/holds.ts).
        holds: serializeHolds({
          brackets: paragraph.brackets,
          alternatives: paragraph.alternatives,
          deletion: paragraph.deletion ?? null,
        }),
      },
      content: textNodes(paragraph.text, paragraph.marks),
    },
  ];
  if (paragraph.items.length > 0) nodes.push(subList(paragraph.items, "a"));
  return nodes;
}

export function draftToProseMirror(content: DraftContent): JSONContent {
  const nodes = content.paragraphs.flatMap(paragraphNodes);
  // A draft created empty starts with one empty paragraph, named, for the first words typed.
  if (nodes.length === 0) nodes.push({ type: "paragraph", attrs: { pid: newParagraphId(), status: "open" } });
  return { type: "doc", content: nodes };
}
