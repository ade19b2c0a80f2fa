// What an export says, before it is Word, PDF, HTML or Akoma Ntoso: the heading (title, symbol,
// date, revision) and the paragraphs in order, each with its number and its words as runs —
// plain, a bracket's holders, inserted or deleted. One model for every format, so the formats
// never disagree about a number, a bracket or a change; each renderer only lays it out.
//
// - clean: what goes to the Summit. Final sequential numbers (preambular paragraphs unnumbered,
//   operative 1, 2, 3 …, sub-paragraphs (a), (i)), no attributions, statuses or comments. Refused
//   while brackets remain, naming the paragraphs, unless a draft clean text is asked for.
// - negotiation: what delegations take to their capitals. The numbers of the room ("OP5 bis"),
//   brackets with the states that hold them, deletion proposals, each paragraph's status,
//   "OP7 [deleted]" — as the editor shows them.
// - redline: the words inserted and deleted since another revision, paragraph by paragraph.
import { AppError } from "../../lib/api/errors";
import { delegationName } from "../../lib/forum/member-states";
import type { ParagraphView, TextView } from "../../lib/draft/paragraph-views";
import { letterOf, parseBrackets, romanOf } from "../../lib/negotiation";
import type { TextComparison } from "../../lib/revisions";
import { deletionLabel } from "../../lib/editor/bracket-decorations";
import { xmlSafe } from "../../lib/text/xml-safe";
import { italicOpening } from "./italic-opening";

export type ExportVariant = "clean" | "negotiation" | "redline";

export type Run =
  | { kind: "text"; text: string; italic?: boolean }
  /** The states holding the bracket just before it ("RU, CN"). */
  | { kind: "holders"; text: string }
  /** At the head of a paragraph proposed for deletion: "RU, CN: delete · KZ: retain". */
  | { kind: "deletionProposal"; text: string }
  /** `by`: who made the change, as a tracked change's author names it ("Kazakhstan", "Chair"); `at`: when (ISO). */
  | { kind: "inserted"; text: string; italic?: boolean; by?: string; at?: string }
  | { kind: "deleted"; text: string; italic?: boolean; by?: string; at?: string };

export interface ExportParagraph {
  /** The stable paragraph id (eIds, bookmarks); null for a "[deleted]" placeholder. */
  id: string | null;
  kind: "preambular" | "operative" | "heading";
  /** 0 numbered paragraph, 1 (a), 2 (i). */
  level: 0 | 1 | 2;
  /** As printed: "OP5 bis", "3.", "(a)"; null when unnumbered (clean preambular, headings). */
  number: string | null;
  runs: Run[];
  /** Negotiation text: "Agreed", "Agreed ad ref — RU, CN by 2022-10-07", "Bracketed", "Deleted". */
  note: string | null;
  /** Redline: the whole paragraph is new, or gone. */
  change: "inserted" | "deleted" | null;
}

export interface ExportHeading {
  title: string;
  symbol: string;
  /** ISO date (YYYY-MM-DD) of the text: the revision's, or today's for the live text. */
  date: string;
  /** "Rev.2 — After SWG", or null for the live text. */
  revision: string | null;
  language: string;
  /** Redline: what the changes are counted from ("Rev.1"). */
  against: string | null;
  /** A clean text exported while brackets remain. */
  draft: boolean;
  /** The cover's distribution (a draft setting); "Limited" when absent. */
  distribution?: "General" | "Limited" | "Restricted";
  /** The cover's meeting: the one that produced this revision ("SWG, 13–14 September 2022"). */
  meeting?: string | null;
  /**
   * The live text: an unofficial working text, not any revision. `after` is the last issued
   * revision it follows ("Rev.1", null before the first), `at` when it was taken (ISO).
   */
  working?: { after: string | null; at: string } | null;
}

export interface ExportDocument {
  variant: ExportVariant;
  heading: ExportHeading;
  paragraphs: ExportParagraph[];
}

/** Clean text asked for while paragraphs still hold brackets: 409, with the paragraphs in the answer. */
export class BracketsRemainError extends AppError {
  constructor(readonly paragraphs: string[]) {
    super(
      "brackets-remain",
      `The clean text cannot be issued while brackets remain in ${paragraphs.join(", ")}. ` +
        "Ask for a draft clean text (draft=true) to export it anyway.",
      { paragraphs },
    );
    this.name = "BracketsRemainError";
  }
}

const STATUS_NOTES: Record<string, string> = {
  agreed: "Agreed",
  bracketed: "Bracketed",
  deleted: "Deleted",
};

function statusNote(paragraph: Pick<ParagraphView, "kind" | "status" | "lock">): string | null {
  if (paragraph.kind === "heading") return null;
  if (paragraph.status === "agreed_ad_ref") {
    const adRef = paragraph.lock?.adRef;
    return adRef ? `Agreed ad ref — ${adRef.states.join(", ")} by ${adRef.deadline}` : "Agreed ad ref";
  }
  return STATUS_NOTES[paragraph.status] ?? null;
}

/** A status as the product says it: "Open", "Bracketed", "Agreed ad ref — RU by 2022-10-07". */
export function statusWords(paragraph: Pick<ParagraphView, "kind" | "status" | "lock">): string {
  return statusNote(paragraph) ?? "Open";
}

/**
 * The paragraph's words as the editor shows them (lib/editor/bracket-decorations.ts): a deletion
 * proposal at its head ("RU: delete · KZ: retain"), and right after each bracket held by states
 * the states that hold it. Nested brackets close inner first, so the holders go in the order of
 * the closing "]", each list after its own bracket: "…timeline]ᴷᶻ ᴬᶻ ᵀᴿ]ᴷᶻ ᴿᵁ ᶜᴺ".
 */
export function attributedRuns(paragraph: ParagraphView): Run[] {
  const runs: Run[] = [];
  if (paragraph.deletion) runs.push({ kind: "deletionProposal", text: deletionLabel(paragraph.deletion) });
  // The view lists brackets and alternatives span by span in the order of their "[", each
  // matched to its holds as outstanding() and the editor's attributeBrackets match them, so the
  // n-th typed bracket's holders are the n-th entry (never looked up by words, which may repeat).
  const held: { at: number; states: string[] }[] = [];
  let bracket = 0;
  let alternative = 0;
  for (const span of parseBrackets(paragraph.text).spans) {
    const states =
      span.kind === "text"
        ? paragraph.brackets[bracket++]?.states
        : span.kind === "alternative"
          ? paragraph.alternatives[alternative++]?.states
          : undefined; // a typed "[RU: delete]" names its states in its own words
    if (states && states.length > 0) held.push({ at: span.close + 1, states });
  }
  held.sort((a, b) => a.at - b.at);
  let from = 0;
  for (const { at, states } of held) {
    runs.push({ kind: "text", text: paragraph.text.slice(from, at) });
    runs.push({ kind: "holders", text: states.join(", ") });
    from = at;
  }
  if (from < paragraph.text.length || held.length === 0) runs.push({ kind: "text", text: paragraph.text.slice(from) });
  return runs;
}

/** Final numbers, counted afresh: operative 1, 2 …; (a), (b) under each; (i), (ii) under those. */
function cleanNumbers(paragraphs: readonly ParagraphView[]): (string | null)[] {
  const counters = [0, 0, 0];
  return paragraphs.map((paragraph) => {
    if (paragraph.kind === "heading") return null;
    const level = paragraph.level;
    counters[level]! += 1;
    for (let deeper = level + 1; deeper < counters.length; deeper += 1) counters[deeper] = 0;
    if (level === 0) {
      if (paragraph.kind === "preambular") {
        counters[0] = 0; // preambular paragraphs are not numbered; operative ones start at 1
        return null;
      }
      return `${counters[0]}.`;
    }
    return level === 1 ? `(${letterOf(counters[1]!)})` : `(${romanOf(counters[2]!)})`;
  });
}

/** "OP7" → its series and number, to put "OP7 [deleted]" back where it stood. */
function baseOrder(number: string): { kind: string; n: number } | null {
  const match = /^(PP|OP)(\d+)/.exec(number);
  return match ? { kind: match[1] === "PP" ? "preambular" : "operative", n: Number(match[2]) } : null;
}

function negotiationParagraphs(text: TextView): ExportParagraph[] {
  const out: ExportParagraph[] = [];
  const placeholders = text.deleted
    .map((entry) => ({ entry, order: baseOrder(entry.number) }))
    .sort((a, b) => (a.order?.n ?? 0) - (b.order?.n ?? 0));
  const placeholder = (number: string): ExportParagraph => ({
    id: null,
    kind: number.startsWith("PP") ? "preambular" : "operative",
    level: 0,
    number,
    runs: [{ kind: "text", text: "[deleted]" }],
    note: null,
    change: null,
  });
  for (const paragraph of text.paragraphs) {
    const order = paragraph.level === 0 && paragraph.number ? baseOrder(paragraph.number) : null;
    while (order && placeholders.length > 0) {
      const next = placeholders[0]!;
      if (next.order && next.order.kind === paragraph.kind && next.order.n < order.n) {
        out.push(placeholder(next.entry.number));
        placeholders.shift();
      } else break;
    }
    out.push({
      id: paragraph.id,
      kind: paragraph.kind,
      level: paragraph.level,
      number: paragraph.number,
      runs: attributedRuns(paragraph),
      note: statusNote(paragraph),
      change: null,
    });
  }
  for (const rest of placeholders) out.push(placeholder(rest.entry.number));
  return out;
}

function cleanParagraphs(text: TextView, draft: boolean): ExportParagraph[] {
  const live = text.paragraphs.filter((paragraph) => paragraph.status !== "deleted");
  const bracketed = live.filter((paragraph) => paragraph.status === "bracketed" || /[[\]]/.test(paragraph.text));
  if (bracketed.length > 0 && !draft)
    throw new BracketsRemainError(bracketed.map((paragraph) => paragraph.number ?? paragraph.id));
  const numbers = cleanNumbers(live);
  return live.map((paragraph, index) => ({
    id: paragraph.id,
    kind: paragraph.kind,
    level: paragraph.level,
    number: numbers[index] ?? null,
    runs: [{ kind: "text", text: paragraph.text }],
    note: null,
    change: null,
  }));
}

function redlineParagraphs(comparison: TextComparison): ExportParagraph[] {
  return comparison.paragraphs.map((row) => {
    const paragraph = (row.after ?? row.before)!;
    const runs: Run[] = row.words.map((word) =>
      word.op === "equal"
        ? { kind: "text", text: word.text }
        : {
            kind: word.op === "insert" ? "inserted" : "deleted",
            text: word.text,
            ...(word.by ? { by: delegationName(word.by.delegation) } : {}),
            ...(word.by?.at ? { at: word.by.at } : {}),
          },
    );
    return {
      id: paragraph.id,
      kind: paragraph.kind,
      level: paragraph.level,
      number: row.after?.number ?? row.placeholder ?? row.before?.number ?? null,
      runs,
      note:
        row.statusChanged && row.before && row.after ? `${statusWords(row.before)} → ${statusWords(row.after)}` : null,
      change: row.change === "inserted" ? "inserted" : row.change === "deleted" ? "deleted" : null,
    };
  });
}

export interface ExportInput {
  heading: Omit<ExportHeading, "draft">;
  text: TextView;
  /** Redline only: the comparison from the `against` revision to this text. */
  comparison?: TextComparison;
  /** Clean only: export even though brackets remain. */
  draft?: boolean;
}

export function exportDocument(variant: ExportVariant, input: ExportInput): ExportDocument {
  const draft = variant === "clean" && input.draft === true;
  const heading = { ...input.heading, draft };
  const paragraphs = (): ExportParagraph[] => {
    if (variant === "clean") return cleanParagraphs(input.text, draft);
    if (variant === "negotiation") return negotiationParagraphs(input.text);
    if (!input.comparison) throw new Error("A redline needs the comparison it shows.");
    return redlineParagraphs(input.comparison);
  };
  const document = carriable({ variant, heading, paragraphs: paragraphs() });
  return { ...document, paragraphs: document.paragraphs.map(italicOpening) };
}

/**
 * Without the characters XML 1.0 cannot carry, which would make the Word and Akoma Ntoso files
 * ill-formed: the live text refuses them, but revisions taken before it did may hold some.
 */
function carriable(document: ExportDocument): ExportDocument {
  const heading = { ...document.heading };
  for (const key of ["title", "symbol", "date", "revision", "language", "against"] as const)
    if (typeof heading[key] === "string") heading[key] = xmlSafe(heading[key]);
  return {
    ...document,
    heading,
    paragraphs: document.paragraphs.map((paragraph) => ({
      ...paragraph,
      number: paragraph.number === null ? null : xmlSafe(paragraph.number),
      note: paragraph.note === null ? null : xmlSafe(paragraph.note),
      runs: paragraph.runs.map((run) => ({ ...run, text: xmlSafe(run.text) })),
    })),
  };
}

/** The printed text of a paragraph's runs as one string (what a reader of the plain text sees). */
export function plainRuns(runs: readonly Run[], { withDeleted = true } = {}): string {
  return runs
    .filter((run) => withDeleted || run.kind !== "deleted")
    .map((run) =>
      run.kind === "holders" ? ` ${run.text}` : run.kind === "deletionProposal" ? `${run.text} ` : run.text,
    )
    .join("");
}
