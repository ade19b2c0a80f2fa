// The demo forum's drafts (prisma/demo/drafts/*.json) as two rounds of negotiation, for the
// export tests: the text as seeded, then a later text numbered against it — a paragraph
// deleted ("OP2 [deleted]"), one inserted ("OP1 bis"), words changed in a preambular paragraph
// and in a heading. Every shape of paragraph the demo data holds meets every variant this way.
import type { JSONContent } from "@tiptap/core";
import { draftToProseMirror } from "../../lib/editor/draft-to-prosemirror";
import { textViewOf, type TextView } from "../../lib/draft/paragraph-views";
import { paragraphsOfJSON } from "../../lib/draft/read-paragraphs";
import { baseFromNumbers } from "../../lib/negotiation";
import { readDemoDrafts } from "../demo/demo-drafts";
import type { ExportInput } from "./export-document";

export interface DemoRounds {
  file: string;
  heading: ExportInput["heading"];
  before: TextView;
  after: TextView;
}

const withWords = (node: JSONContent, words: string): JSONContent => ({
  ...node,
  content: [...(node.content ?? []), { type: "text", text: words }],
});

function laterText(doc: JSONContent): JSONContent {
  const content = [...(doc.content ?? [])];
  const operative = content.flatMap((node, index) => (node.attrs?.kind === "operative" ? [index] : []));
  const [first, second] = operative;
  if (second !== undefined) content.splice(second, 1);
  if (first !== undefined)
    content.splice(first + 1, 0, {
      type: "paragraph",
      attrs: { pid: "pinsertedlater", kind: "operative", status: "open", holds: null },
      content: [{ type: "text", text: "Welcome the [report][note] of the Secretariat;" }],
    });
  const preambular = content.findIndex((node) => node.attrs?.kind === "preambular");
  if (preambular !== -1) content[preambular] = withWords(content[preambular]!, " and beyond");
  const heading = content.findIndex((node) => node.type === "heading");
  if (heading !== -1) content[heading] = withWords(content[heading]!, " (continued)");
  return { ...doc, content };
}

export async function demoRounds(): Promise<DemoRounds[]> {
  const drafts = await readDemoDrafts();
  return drafts.map((draft) => {
    const doc = draftToProseMirror(draft);
    const tabled = paragraphsOfJSON(doc, {});
    const base = baseFromNumbers(tabled.map((paragraph) => paragraph.number));
    return {
      file: draft.symbol,
      heading: {
        title: draft.title,
        symbol: draft.symbol,
        date: "2022-10-13",
        revision: "Rev.2 — After SWG",
        language: draft.language,
        against: null,
      },
      before: textViewOf(tabled, {}),
      after: textViewOf(paragraphsOfJSON(laterText(doc), base), base),
    };
  });
}
