// The two texts the comparison bench compares: a 300-paragraph draft made of the demo forum's
// negotiating language, and the same draft after a round of negotiation — words edited,
// brackets agreed or added, states joining brackets, paragraphs agreed, moved, split, merged,
// inserted and deleted. Both are real text views (lib/draft/paragraph-views.ts) read out of
// editor documents under one numbering base, so the numbers ("OP12 bis", "OP7 [deleted]"),
// statuses and holds are exactly what a revision stores. Deterministic: a seeded generator
// decides every edit, so two invocations compare the same texts.
import type { JSONContent } from "@tiptap/core";
import type { DraftContent, DraftParagraph } from "../lib/draft/content";
import { textView, type TextView } from "../lib/draft/paragraph-views";
import { documentParagraphs } from "../lib/editor/document-paragraphs";
import { draftToProseMirror } from "../lib/editor/draft-to-prosemirror";
import { parseHolds, renumber, serializeHolds } from "../lib/negotiation";
import { readDemoDrafts } from "../server/demo/demo-drafts";

export const COMPARE_PARAGRAPHS = 300;

/** How much a round of negotiation changes; counts are of paragraphs. */
export interface RoundSpec {
  /** Share of the open paragraphs whose words are edited (1–4 edits each); agreed text is locked. */
  edited: number;
  agreed: number;
  holdsChanged: number;
  moved: number;
  deleted: number;
  inserted: number;
  splits: number;
  merges: number;
  /** Issue a clean text too: every number changes. */
  renumbered: boolean;
}

export interface ComparePair {
  from: TextView;
  to: TextView;
  words: number;
}

/** mulberry32: small, fast, and the same sequence on every machine. */
function generator(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
  const below = (n: number) => Math.floor(next() * n);
  const pick = <T>(items: readonly T[]): T => items[below(items.length)]!;
  return { next, below, pick };
}

const PHRASES = [
  "in accordance with international law",
  "as appropriate",
  "on a voluntary basis",
  "[and other relevant stakeholders]",
  "within existing resources",
  "[in all its forms and manifestations]",
  "taking into account national circumstances",
  "[, inter alia,]",
];

/**
 * Demo paragraphs are 27 words on average; the bench joins two of them into one paragraph with
 * two clauses, as long operative paragraphs are (sub-paragraphs and headings kept as they are:
 * 47 words a paragraph on average), until the text holds exactly `paragraphs` paragraphs.
 */
async function benchDraft(paragraphs: number): Promise<DraftContent> {
  const drafts = await readDemoDrafts();
  const source = drafts.flatMap((draft) => draft.paragraphs);
  const result: DraftParagraph[] = [];
  let count = 0;
  for (let i = 0; count < paragraphs; i++) {
    const a = source[i % source.length]!;
    const b = source[(i * 7 + 37) % source.length]!;
    const joined: DraftParagraph =
      a.kind === "heading" || b.kind === "heading"
        ? { ...a }
        : {
            ...a,
            text: `${a.text.replace(/[,.;]$/, "")}, and ${b.text.charAt(0).toLowerCase()}${b.text.slice(1)}`,
            status: b.brackets.length + b.alternatives.length > 0 ? "open" : a.status,
            adRef: b.brackets.length + b.alternatives.length > 0 ? undefined : a.adRef,
            brackets: [...a.brackets, ...b.brackets],
            alternatives: [...a.alternatives, ...b.alternatives],
          };
    joined.items = joined.items.slice(0, Math.max(0, paragraphs - count - 1));
    count += 1 + joined.items.length;
    result.push(joined);
  }
  return { ...drafts[0]!, title: "Comparison bench", paragraphs: result };
}

/** The paragraph nodes (top level and in lists) of a document, in order. */
function paragraphNodes(doc: JSONContent): JSONContent[] {
  const nodes: JSONContent[] = [];
  const visit = (node: JSONContent) => {
    if (node.type === "paragraph") nodes.push(node);
    for (const child of node.content ?? []) visit(child);
  };
  visit(doc);
  return nodes;
}

const textOf = (node: JSONContent) => (node.content ?? []).map((child) => child.text ?? "").join("");
const setText = (node: JSONContent, text: string) => {
  node.content = text ? [{ type: "text", text }] : [];
};

/** One edit of the kinds delegates make between two meetings. */
function editWords(text: string, random: ReturnType<typeof generator>): string {
  const words = text.split(" ");
  const at = random.below(words.length);
  switch (random.below(5)) {
    case 0: // a word replaced
      words[at] = random.pick(["strengthen", "promote", "enhance", "support", "encourage", "consider"]);
      return words.join(" ");
    case 1: // a phrase inserted
      words.splice(at, 0, random.pick(PHRASES));
      return words.join(" ");
    case 2: // a few words struck
      words.splice(at, 1 + random.below(4));
      return words.join(" ");
    case 3: {
      // brackets agreed away: the first bracketed span loses its brackets
      const open = text.indexOf("[");
      const close = text.indexOf("]", open);
      if (open === -1 || close === -1) return `${text} [as appropriate]`;
      return text.slice(0, open) + text.slice(open + 1, close) + text.slice(close + 1);
    }
    default: // a word put in brackets
      words[at] = `[${words[at]}]`;
      return words.join(" ");
  }
}

let inserted = 0;
function newParagraph(text: string): JSONContent {
  inserted += 1;
  return {
    type: "paragraph",
    attrs: { pid: `bench-new-${inserted}`, kind: "operative", status: "open" },
    content: [{ type: "text", text }],
  };
}

/** The text before and after one round of negotiation as `spec` describes it. */
export async function comparePair(spec: RoundSpec, seed = 2022): Promise<ComparePair> {
  const random = generator(seed);
  const content = await benchDraft(COMPARE_PARAGRAPHS);
  const tabled = draftToProseMirror(content);
  const { base } = renumber(documentParagraphs(tabled));
  const from = textView(tabled, base);

  const doc = structuredClone(tabled);
  const top = doc.content!;
  const nodes = paragraphNodes(doc);
  const open = nodes.filter((node) => node.attrs?.status !== "agreed" && node.attrs?.status !== "agreed_ad_ref");

  for (const node of open) {
    if (random.next() >= spec.edited) continue;
    let text = textOf(node);
    for (let edits = 1 + random.below(4); edits > 0; edits--) text = editWords(text, random);
    setText(node, text);
  }
  for (let i = 0; i < spec.holdsChanged; i++) {
    const node = random.pick(open);
    const holds = parseHolds(node.attrs!.holds);
    const first = holds.brackets[0];
    if (first) first.states = [...new Set([...first.states, random.pick(["KZ", "TR", "AZ", "QA"])])];
    node.attrs!.holds = serializeHolds(holds);
  }
  for (let i = 0; i < spec.agreed; i++) {
    const node = random.pick(open);
    Object.assign(
      node.attrs!,
      i % 4 === 3
        ? { status: "agreed_ad_ref", adRefStates: "RU,CN", adRefDeadline: "2026-12-12" }
        : { status: "agreed" },
    );
  }
  const topParagraphs = () => top.filter((node) => node.type === "paragraph");
  for (let i = 0; i < spec.splits; i++) {
    const node = random.pick(topParagraphs());
    const text = textOf(node);
    const cut = text.indexOf(", and ");
    if (cut === -1) continue;
    setText(node, `${text.slice(0, cut)}.`);
    const tail = text.slice(cut + ", and ".length);
    top.splice(top.indexOf(node) + 1, 0, newParagraph(tail.charAt(0).toUpperCase() + tail.slice(1)));
  }
  for (let i = 0; i < spec.merges; i++) {
    const index = top.indexOf(random.pick(topParagraphs()));
    const next = top[index + 1];
    if (next?.type !== "paragraph") continue;
    setText(top[index]!, `${textOf(top[index]!)} ${textOf(next)}`);
    top.splice(index + 1, 1);
  }
  for (let i = 0; i < spec.deleted; i++) top.splice(top.indexOf(random.pick(topParagraphs())), 1);
  for (let i = 0; i < spec.moved; i++) {
    const [node] = top.splice(random.below(top.length), 1);
    top.splice(random.below(top.length + 1), 0, node!);
  }
  for (let i = 0; i < spec.inserted; i++) {
    top.splice(random.below(top.length + 1), 0, newParagraph(textOf(random.pick(nodes))));
  }

  const to = textView(doc, spec.renumbered ? renumber(documentParagraphs(doc), base).base : base);
  const words = from.paragraphs.reduce((sum, paragraph) => sum + paragraph.text.split(/\s+/).length, 0);
  return { from, to, words };
}
