// Sorts the paragraphs read from a Word file into a draft: the title, headings, preambular and
// operative paragraphs, and their sub-paragraphs — by what the file says, strongest sign first:
//
// 1. Concord's own exports say it outright: the room's reference in its character style
//    ("PP3", "OP2 (a)"), or the paragraph styles "Preambular paragraph", "Operative paragraph",
//    "Section heading" and Word numbering of the clean text.
// 2. Heading styles ("Heading 1"…) and typed or numbered headings: "I. Objectives",
//    "Chapter II", "Article 3", "A. Security"; "Preamble" / "Operative part" open those parts.
// 3. Word numbering, by its format: 1. operative, (a) a sub-paragraph, (i) one level further,
//    I. or "Article %1" a heading.
// 4. Numbers typed by hand: "1." operative, "(a)" / "(i)" sub-paragraphs, "OP3" / "PP2". They
//    are taken out of the words: Concord numbers paragraphs itself.
// 5. A participial opening ("Recalling", "Deeply concerned", "Guided by": the preamble opening
//    the editor knows, lib/negotiation/preamble-opening.ts) before the first operative
//    paragraph, or any paragraph under a "Preamble" heading: preambular.
// 6. A short unnumbered line ending in ":" or "," ("The General Assembly,", "Have agreed as
//    follows:"): a heading, as the chapeau it is.
// Anything else continues the part it is in (unnumbered paragraphs under an article are that
// article's text) and, where the part is not organised by headings, is reported as a paragraph
// that could not be classified.
import type { DraftItem, DraftParagraph } from "../../lib/draft/content";
import { preambleOpening } from "../../lib/negotiation/preamble-opening";
import { parseBrackets } from "../../lib/negotiation/brackets";
import { deletionOf, extractHolders } from "./holders";
import type { Loss, ReadDocument, SourceParagraph } from "./read-docx";
import type { RichText } from "./rich-text";

/** Where a warning points: an imported paragraph (by its place in the draft) or only the file's. */
export interface PendingWarning {
  /** Index in the flattened draft (paragraph, its sub-paragraphs, theirs …), or null. */
  at: number | null;
  /** 1-based paragraph of the Word file. */
  source: number | null;
  /** The first words, to recognise it by. */
  excerpt: string;
  /** What happened, as the end of a sentence: "an image was left out …". */
  what: string;
}

export interface Classified {
  title: string | null;
  paragraphs: DraftParagraph[];
  warnings: PendingWarning[];
}

type Level = 0 | 1 | 2;
type Kind = "preambular" | "operative" | "heading";

const LOSS_WORDS: Record<Loss, string> = {
  image: "an image or drawing was left out (a draft holds text only)",
  footnote: "a footnote was left out: its mark is gone from the words and its text is not imported",
  endnote: "an endnote was left out: its mark is gone from the words and its text is not imported",
  comment: "a Word comment was left out",
  "text box": "a text box was left out, with its words",
  "tracked change":
    "it has tracked changes still pending: it was imported as if every change were accepted (insertions kept, deletions dropped) — check it against the file",
};

const HEADING_STYLE = /^(?:heading \d|section heading|subtitle)$/i;
const SECTION_WORDS =
  /^(?:chapter|section|part|article|annex|appendix|title|rule|regulation)\s+(?:[ivxlcdm]+|\d+|[a-z])\b/i;
const ROMAN_HEADING = /^[IVXLC]+\.\s+\S/;
const LETTER_HEADING = /^[A-Z]\.\s+[A-Z]/;
const PREAMBLE_HEADING = /^(?:preamble|preambular (?:part|paragraphs))\s*:?$/i;
const OPERATIVE_HEADING = /^(?:operative (?:part|paragraphs))\s*:?$/i;
const ROOM_LABEL =
  /^(PP|OP)\s?(\d+)(?:\s+(?:bis|ter|quater|quinquies|sexies|septies|octies|novies|decies)|\.\d+)?((?:\s+\([a-z0-9]+(?:\s+[a-z]+)?\))*)$/;
const TYPED_ROOM_LABEL =
  /^(PP|OP)\s?(\d+)(?:\s+(?:bis|ter|quater|quinquies|sexies|septies|octies|novies|decies))?[.:]?\s+/;
const TYPED_NUMBER = /^(\d{1,3})[.)]\s+/;
const TYPED_SUB = /^\(([a-z]{1,4})\)\s+|^([a-z]{1,4})\)\s+/;
const ROMAN = /^(?:i|ii|iii|iv|v|vi|vii|viii|ix|x|xi|xii|xiii|xiv|xv|xvi|xvii|xviii|xix|xx)$/;

const excerptOf = (text: string) => (text.length > 60 ? `${text.slice(0, 57).trimEnd()}…` : text);

/** A letter that is also a roman numeral reads as a letter when it follows its letter: (h), (i). */
function subLevel(token: string, lastLetter: string | null): Level {
  if (!ROMAN.test(token)) return 1;
  const previous = lastLetter ? String.fromCharCode(lastLetter.charCodeAt(0) + 1) : null;
  if (token.length === 1 && previous === token) return 1;
  return 2;
}

interface Decision {
  kind: Kind | "sub" | "skip";
  level: Level;
  /** Characters to cut from the start of the words (a typed number). */
  strip: number;
  /** A heading's number that Word drew (kept in the words: headings carry their own). */
  prefix?: string;
  unclassified?: boolean;
  /** A typed sub-paragraph's letter or numeral ("c", "iv"). */
  token?: string;
}

interface State {
  series: "preambular" | "operative";
  /** Under a "Preamble" heading: unnumbered paragraphs are preambular. */
  preamble: boolean;
  /** The operative part is organised by headings (chapters, articles): unnumbered text belongs to them. */
  structured: boolean;
  lastLetter: string | null;
}

function decide(paragraph: SourceParagraph, text: string, state: State): Decision {
  const style = paragraph.styleName ?? "";
  const numbering = paragraph.numbering;

  // 1. Concord's own exports.
  if (paragraph.concordLabel) {
    const label = ROOM_LABEL.exec(paragraph.concordLabel);
    if (label) {
      if (text === "[deleted]") return { kind: "skip", level: 0, strip: 0 };
      const level = Math.min(2, (label[3]!.match(/\(/g) ?? []).length) as Level;
      if (level > 0) return { kind: "sub", level, strip: 0 };
      return { kind: label[1] === "PP" ? "preambular" : "operative", level: 0, strip: 0 };
    }
  }
  if (style === "Section heading") return { kind: "heading", level: 0, strip: 0 };
  if (style === "Preambular paragraph" || style === "Operative paragraph") {
    if (numbering && numbering.format === "lowerLetter") return { kind: "sub", level: 1, strip: 0 };
    if (numbering && numbering.format === "lowerRoman") return { kind: "sub", level: 2, strip: 0 };
    if (paragraph.concordLabel && /^\(/.test(paragraph.concordLabel)) return { kind: "sub", level: 1, strip: 0 };
    return { kind: style === "Preambular paragraph" ? "preambular" : "operative", level: 0, strip: 0 };
  }

  // 2. Headings by style or by their words.
  if (HEADING_STYLE.test(style) || PREAMBLE_HEADING.test(text) || OPERATIVE_HEADING.test(text))
    return { kind: "heading", level: 0, strip: 0 };

  // 3. Word numbering, by its format.
  if (numbering) {
    const wordy = /[A-Za-z]{3,}/.test(numbering.label.replace(/^[ivxlcdm]+\.?$/i, ""));
    if (numbering.format === "upperRoman" || numbering.format === "upperLetter" || wordy)
      return { kind: "heading", level: 0, strip: 0, prefix: numbering.label };
    if (numbering.format === "lowerLetter") return { kind: "sub", level: 1, strip: 0 };
    if (numbering.format === "lowerRoman") return { kind: "sub", level: 2, strip: 0 };
    if (numbering.format === "bullet")
      return { kind: "sub", level: Math.min(2, numbering.level + 1) as Level, strip: 0 };
    if (numbering.level === 0) return { kind: "operative", level: 0, strip: 0 };
    return { kind: "sub", level: Math.min(2, numbering.level) as Level, strip: 0 };
  }
  if (paragraph.list) return { kind: "sub", level: Math.min(2, paragraph.list.level + 1) as Level, strip: 0 };

  // 4. Headings and numbers typed by hand.
  if (SECTION_WORDS.test(text) || ROMAN_HEADING.test(text) || (LETTER_HEADING.test(text) && text.length < 150))
    return { kind: "heading", level: 0, strip: 0 };
  const room = TYPED_ROOM_LABEL.exec(text);
  if (room) return { kind: room[1] === "PP" ? "preambular" : "operative", level: 0, strip: room[0].length };
  const number = TYPED_NUMBER.exec(text);
  if (number) return { kind: "operative", level: 0, strip: number[0].length };
  const sub = TYPED_SUB.exec(text);
  if (sub) {
    const token = sub[1] ?? sub[2]!;
    return { kind: "sub", level: subLevel(token, state.lastLetter), strip: sub[0].length, token };
  }

  // 5. The preamble.
  const opening = preambleOpening(text);
  if (state.series === "preambular" && opening) return { kind: "preambular", level: 0, strip: 0 };

  // 6. A chapeau.
  if (text.length <= 150 && /[:,]$/.test(text)) return { kind: "heading", level: 0, strip: 0 };
  if (state.preamble) return { kind: "preambular", level: 0, strip: 0 };

  return { kind: state.series, level: 0, strip: 0, unclassified: !state.structured };
}

/** Builds the draft's paragraphs from what was read, with every warning in words. */
export function classify(document: ReadDocument): Classified {
  const warnings: PendingWarning[] = [];
  const paragraphs: DraftParagraph[] = [];
  /** Flattened index of each output node, in order: paragraph, its items, theirs. */
  let flat = -1;
  let title: string | null = null;
  const state: State = { series: "preambular", preamble: false, structured: false, lastLetter: null };
  let parent: { paragraph: DraftParagraph; lastItem: DraftItem | null } | null = null;
  let bodyStarted = false;
  /** Losses of an empty paragraph (an image on a line of its own): told with the next one. */
  let carried: { source: number; losses: Loss[] }[] = [];

  // Concord's exports: the cover (its table, the meeting, notices) comes before the title.
  const titleAt = document.concordExport
    ? document.paragraphs.findIndex((paragraph) => paragraph.styleName === "Title")
    : -1;

  const tablesAfter = new Map<number, ReadDocument["tables"]>();
  for (const table of document.tables) tablesAfter.set(table.after, [...(tablesAfter.get(table.after) ?? []), table]);
  const reportTables = (source: number) => {
    for (const table of tablesAfter.get(source) ?? []) {
      if (document.concordExport && titleAt >= 0 && table.after <= document.paragraphs[titleAt]!.source) continue;
      warnings.push({
        at: flat >= 0 ? flat : null,
        source: null,
        excerpt: "",
        what: `a table of ${table.rows} rows and ${table.columns} columns ${flat >= 0 ? "after it" : ""} was left out (a draft has no tables); it begins “${excerptOf(table.firstWords)}” — copy what it says into paragraphs if it matters`.replace(
          "  ",
          " ",
        ),
      });
    }
  };
  reportTables(0);

  document.paragraphs.forEach((paragraph, index) => {
    const words: RichText = paragraph.words;
    words.normalizeSpaces();
    const report = (what: string) =>
      warnings.push({ at: flat, source: paragraph.source, excerpt: excerptOf(words.text), what });

    if (document.concordExport && index <= titleAt) {
      if (index === titleAt) title = words.text || null;
      reportTables(paragraph.source);
      return;
    }
    if (document.concordExport && bodyStarted === false && /^(Subtitle|Notice)$/.test(paragraph.styleName ?? "")) {
      reportTables(paragraph.source);
      return;
    }
    if (!words.text) {
      if (paragraph.losses.length > 0) carried.push({ source: paragraph.source, losses: paragraph.losses });
      reportTables(paragraph.source);
      return;
    }

    // The title: styled so, or the first line of the file when it is not a paragraph of the text.
    if (
      title === null &&
      !bodyStarted &&
      (paragraph.styleName === "Title" ||
        (!paragraph.numbering &&
          !paragraph.list &&
          words.text.length <= 250 &&
          !/[,;:]$/.test(words.text) &&
          !preambleOpening(words.text) &&
          !SECTION_WORDS.test(words.text) &&
          !ROMAN_HEADING.test(words.text) &&
          !PREAMBLE_HEADING.test(words.text) &&
          !TYPED_NUMBER.test(words.text) &&
          !TYPED_SUB.test(words.text)))
    ) {
      title = words.text;
      reportTables(paragraph.source);
      return;
    }
    bodyStarted = true;

    const decision = decide(paragraph, words.text, state);
    if (decision.kind === "skip") {
      warnings.push({
        at: flat >= 0 ? flat : null,
        source: paragraph.source,
        excerpt: paragraph.concordLabel ?? "",
        what: `${paragraph.concordLabel} stood as deleted in the file ("[deleted]"), so it was not imported`,
      });
      reportTables(paragraph.source);
      return;
    }
    words.remove(0, decision.strip);
    words.normalizeSpaces();
    if (!words.text) {
      reportTables(paragraph.source);
      return; // a number alone on its line
    }
    if (decision.prefix && !words.text.startsWith(decision.prefix)) words.replace(0, 0, `${decision.prefix} `);

    const holds = extractHolders(words);
    const deletion = paragraph.deletionProposal ? deletionOf(paragraph.deletionProposal) : null;
    const unbalanced = parseBrackets(words.text).problems.filter((problem) => problem.kind !== "empty");

    let kind: Kind | "sub" = decision.kind;
    let level = decision.level;
    if (kind === "sub" && (!parent || (level === 2 && !parent.lastItem))) {
      if (!parent) {
        kind = state.series;
        level = 0;
      } else level = 1;
    }

    const marksFor = (node: "paragraph" | "heading" | "item") => {
      if (node === "heading") {
        // A heading's emphasis is its style's, not the author's: bold over all of it is dropped.
        for (const type of ["bold", "italic", "underline"] as const)
          if (words.marks.some((mark) => mark.type === type && mark.from === 0 && mark.to >= words.text.length))
            words.unmark(type, 0, words.text.length);
      }
      if (node === "paragraph" && kind === "preambular") {
        // The italics of the opening are Concord's to set (the editor and every export do).
        const opening = preambleOpening(words.text);
        if (opening) words.unmark("italic", opening.start, opening.end);
      }
      const marks = words.finalMarks();
      return marks.length > 0 ? { marks } : {};
    };

    if (kind === "sub") {
      const item: DraftItem = {
        text: words.text,
        brackets: holds.brackets,
        ...(holds.alternatives.length > 0 ? { alternatives: holds.alternatives } : {}),
        ...marksFor("item"),
      };
      if (level === 1 || !parent!.lastItem) {
        parent!.paragraph.items.push(item);
        parent!.lastItem = item;
      } else {
        parent!.lastItem.items = [...(parent!.lastItem.items ?? []), item];
      }
      flat += 1;
    } else {
      if (kind === "heading") {
        if (PREAMBLE_HEADING.test(words.text)) state.preamble = true;
        else if (OPERATIVE_HEADING.test(words.text)) {
          state.preamble = false;
          state.series = "operative";
        } else if (SECTION_WORDS.test(words.text) || ROMAN_HEADING.test(words.text) || decision.prefix) {
          // Chapters and articles organise the operative part.
          state.preamble = false;
          state.series = "operative";
          state.structured = true;
        }
      } else {
        state.series = kind;
        if (kind === "operative") state.preamble = false;
      }
      const draftParagraph: DraftParagraph = {
        kind,
        text: words.text,
        brackets: kind === "heading" ? [] : holds.brackets,
        alternatives: kind === "heading" ? [] : holds.alternatives,
        items: [],
        ...(deletion && kind !== "heading"
          ? { deletion: { proposedBy: deletion.proposedBy, retainedBy: deletion.retainedBy } }
          : {}),
        ...marksFor(kind === "heading" ? "heading" : "paragraph"),
      };
      paragraphs.push(draftParagraph);
      parent = kind === "heading" ? null : { paragraph: draftParagraph, lastItem: null };
      flat += 1;
    }
    // Remember the last (a)-level letter typed, to tell "(i)" after "(h)" from a first "(i)".
    if (kind === "sub" && level === 1 && decision.token) state.lastLetter = decision.token;
    if (kind !== "sub") state.lastLetter = null;

    for (const earlier of carried)
      for (const loss of earlier.losses)
        warnings.push({
          at: flat,
          source: earlier.source,
          excerpt: "",
          what: `${LOSS_WORDS[loss]} (on an empty line just before it)`,
        });
    carried = [];
    for (const loss of paragraph.losses) report(LOSS_WORDS[loss]);
    if (decision.kind === "sub" && kind !== "sub")
      report(
        `it is numbered as a sub-paragraph but no paragraph stands above it: it was imported as ${kind === "preambular" ? "a preambular" : "an operative"} paragraph`,
      );
    if (decision.unclassified)
      report(
        `it could not be classified: it is not numbered and does not open like a preambular paragraph, so it was imported as ${kind === "preambular" ? "a preambular" : "an operative"} paragraph — change its kind in the editor if it is not`,
      );
    if (unbalanced.length > 0)
      report(
        `its brackets do not balance (${unbalanced.length === 1 ? "one bracket is" : `${unbalanced.length} brackets are`} never ${unbalanced[0]!.kind === "unclosed" ? "closed" : "opened"}): it was imported as typed`,
      );
    reportTables(paragraph.source);
  });
  for (const earlier of carried)
    for (const loss of earlier.losses)
      warnings.push({
        at: flat >= 0 ? flat : null,
        source: earlier.source,
        excerpt: "",
        what: `${LOSS_WORDS[loss]} (on an empty line at the end)`,
      });
  return { title, paragraphs, warnings };
}
