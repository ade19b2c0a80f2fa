// Turns a draft's text as data (demo seed, Word import) into the editor's document.
import type { JSONContent } from "@tiptap/core";
import type { DraftContent, DraftParagraph } from "../draft/content";
import { serializeHolds } from "../negotiation/holds";
import { newParagraphId } from "./paragraph-id";

const text = (value: string): JSONContent[] => (value ? [{ type: "text", text: value }] : []);

function paragraphNodes(paragraph: DraftParagraph): JSONContent[] {
  if (paragraph.kind === "heading")
    return [{ type: "heading", attrs: { level: 3, pid: newParagraphId() }, content: text(paragraph.text) }];
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
      content: text(paragraph.text),
    },
  ];
  if (paragraph.items.length > 0) {
    nodes.push({
      type: "orderedList",
      attrs: { type: "a", start: 1 },
      content: paragraph.items.map((item) => ({
        type: "listItem",
        content: [
          {
            type: "paragraph",
            attrs: { pid: newParagraphId(), holds: serializeHolds({ brackets: item.brackets }) },
            content: text(item.text),
          },
        ],
      })),
    });
  }
  return nodes;
}

export function draftToProseMirror(content: DraftContent): JSONContent {
  return { type: "doc", content: content.paragraphs.flatMap(paragraphNodes) };
}
