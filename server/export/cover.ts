// The words of a document's cover, the same in Word, PDF and HTML: what the document is (an
// issued revision under its symbol, or an unofficial working text), its distribution, its date
// written out as UN-system documents print it ("13 October 2022"), the original language and the
// meeting. Each renderer only lays these out.
import type { ExportHeading } from "./export-document";

export const FORUM = "Conference on Interaction and Confidence Building Measures in Asia";

/** The bodies of the forum by the second part of a symbol ("CICA/SWG/2022/3"). */
const BODIES: Record<string, string> = {
  SWG: "Special Working Group",
  SOC: "Senior Officials Committee",
  SM: "Specialized Meeting",
  MM: "Ministerial Meeting",
  SUMMIT: "Summit",
};

const LANGUAGES: Record<string, string> = { en: "English", ru: "Russian", zh: "Chinese", fr: "French", ar: "Arabic" };

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** "2022-10-13" (or a whole ISO time) → "13 October 2022", read in UTC as the stored dates are. */
export function dateInWords(iso: string): string {
  const date = new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

/** "2026-11-30T14:05:31Z" → "30 November 2026, 14:05 UTC". */
export function timeInWords(iso: string): string {
  const date = new Date(iso);
  const time = [date.getUTCHours(), date.getUTCMinutes()].map((n) => String(n).padStart(2, "0")).join(":");
  return `${dateInWords(iso)}, ${time} UTC`;
}

/**
 * Words a line must never break inside — a holder list ("RU, CN"), a label ("OP6 bis") — with
 * no-break spaces, which Word, LibreOffice, browsers and our PDF all honour.
 */
export function unbreakable(text: string): string {
  return text.replace(/ /g, "\u00a0");
}

/**
 * `text` with its holder lists ("RU, CN") and dates ("2022-10-07", "7 October 2022") made
 * unbreakable, the rest free to wrap. `hyphens` also makes a date's hyphens non-breaking
 * (U+2011) for Word, which would otherwise break after them; the PDF breaks only at spaces and
 * its font has no U+2011.
 */
export function keepTogether(text: string, { hyphens = false } = {}): string {
  const kept = (part: string) => (hyphens ? unbreakable(part).replace(/-/g, "\u2011") : unbreakable(part));
  return text
    .replace(/\b[A-Z]{2,}(?:, [A-Z]{2,})+\b/g, kept)
    .replace(/\b\d{4}-\d{2}-\d{2}\b/g, kept)
    .replace(new RegExp(`\\b\\d{1,2} (?:${MONTHS.join("|")}) \\d{4}\\b`, "g"), kept);
}

export interface Cover {
  /** Top right, once: the symbol, or "Working text" for the live text (which has none of its own). */
  symbol: string;
  /** "Distr.: Limited" */
  distribution: string;
  /** "13 October 2022", or the working text's time ("30 November 2026, 14:05 UTC"). */
  date: string;
  /** "Original: English" */
  original: string;
  /** The forum's body that tables the text ("Special Working Group"), from the symbol. */
  body: string | null;
  meeting: string | null;
  /** What the document is, when it is not simply the symbol's text: working, draft, redline. */
  notices: string[];
  /** The running header of the pages after the first. */
  runningHeader: string;
}

/** "Working text after Rev.1 — 30 November 2026, 14:05 UTC — not an official document" */
export function workingLine(working: NonNullable<ExportHeading["working"]>): string {
  const after = working.after ? ` after ${working.after}` : "";
  return `Working text${after} — ${timeInWords(working.at)} — not an official document`;
}

export function coverOf(heading: ExportHeading): Cover {
  const working = heading.working ?? null;
  const notices = [
    working ? workingLine(working) : null,
    heading.draft ? "Draft clean text — brackets remain — not for adoption" : null,
    heading.against ? `Changes since ${heading.against}` : null,
  ].filter((line): line is string => line !== null);
  return {
    symbol: working ? "Working text" : heading.symbol,
    distribution: `Distr.: ${heading.distribution ?? "Limited"}`,
    date: working ? timeInWords(working.at) : dateInWords(heading.date),
    original: `Original: ${LANGUAGES[heading.language] ?? heading.language}`,
    body: BODIES[heading.symbol.split("/")[1]?.toUpperCase() ?? ""] ?? null,
    meeting: heading.meeting ?? null,
    notices,
    // The live text's symbol is the last revision's: it follows that one, it is not it.
    runningHeader: working ? `Working text after ${heading.symbol} — not an official document` : heading.symbol,
  };
}
