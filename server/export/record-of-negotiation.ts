// The record of negotiation, for the secretariat's archive: a draft's negotiating history in
// one document. Each paragraph, in the order of the text, through every issued revision and
// into the live text — its number, status and words at each (the words changed since the one
// before marked as a redline marks them) —, the status changes the chair made (who, when, the
// capitals of an ad ref), who proposed and who held each of its brackets, and the comments of
// its public threads. Internal threads never enter it: the caller passes public ones only.
//
// Pure: the data in, the record out; render-record-html.ts and render-record-docx.ts lay it out.
import type { ParagraphView, TextView } from "../../lib/draft/paragraph-views";
import { diffWords } from "../../lib/revisions";
import { xmlSafe } from "../../lib/text/xml-safe";
import { attributedRuns, statusWords, type Run } from "./export-document";
import { bracketHistories, type BracketHistory } from "./record-bracket-history";

/** One text of the history: an issued revision, or the live text (last). */
export interface RecordVersion {
  /** "Rev.2", or "Live text". */
  name: string;
  symbol: string;
  label: string | null;
  meeting: string | null;
  /** ISO time it was issued (the live text: when the record was made). */
  at: string;
  /** "Aigerim Sadykova (Secretariat)"; null for the live text. */
  issuedBy: string | null;
  text: TextView;
}

export interface RecordStatusChange {
  paragraphId: string;
  /** Stored statuses: "open", "agreed", "agreed_ad_ref". */
  from: string;
  to: string;
  adRef: { states: string[]; deadline: string | null } | null;
  /** "Amb. Ruslan Abdullayev (Chair)". */
  by: string;
  at: string;
}

export interface RecordThread {
  /** The paragraph its words stand in; null when they are no longer in the text. */
  paragraphId: string | null;
  /** The delegation that opened it: "Kazakhstan", "Chair". */
  delegation: string;
  quote: string;
  resolved: { at: string; by: string | null } | null;
  comments: { author: string; delegation: string; at: string; edited: boolean; body: string }[];
}

export interface RecordInput {
  title: string;
  symbol: string;
  language: string;
  /** ISO time the record was made. */
  madeAt: string;
  /** Oldest first; the live text last. */
  versions: RecordVersion[];
  statusChanges: RecordStatusChange[];
  threads: RecordThread[];
}

/** A paragraph at one version of the text, when it stood there or had just gone. */
export interface RecordStage {
  version: string;
  number: string | null;
  /** "Bracketed", "Agreed ad ref — RU, CN by 2022-10-07". */
  status: string;
  /** new: first seen; changed: its words differ from the version before; same: they do not; gone. */
  change: "new" | "changed" | "same" | "gone";
  /** new: the words with their holders; changed: inserted and deleted words; same, gone: none. */
  runs: Run[];
  /** The last later version in which it stood the same (words, number, status), folded in here. */
  sameUntil?: string;
}

export interface RecordParagraph {
  id: string;
  kind: ParagraphView["kind"];
  level: ParagraphView["level"];
  /** The number it bore last ("OP5 bis"), or a heading's words. */
  title: string;
  stages: RecordStage[];
  /** Oldest first. */
  statusChanges: (Omit<RecordStatusChange, "paragraphId"> & { words: string })[];
  brackets: BracketHistory[];
  threads: RecordThread[];
}

export interface NegotiationRecord {
  title: string;
  symbol: string;
  language: string;
  madeAt: string;
  versions: Omit<RecordVersion, "text">[];
  paragraphs: RecordParagraph[];
  /** Public threads whose words are no longer in the text. */
  unplacedThreads: RecordThread[];
}

const STORED_STATUS: Record<string, string> = {
  open: "Open",
  agreed: "Agreed",
  agreed_ad_ref: "Agreed ad ref",
  bracketed: "Bracketed",
  deleted: "Deleted",
};

function changeWords(change: Omit<RecordStatusChange, "paragraphId">): string {
  const to = STORED_STATUS[change.to] ?? change.to;
  const adRef = change.adRef
    ? ` — ${change.adRef.states.join(", ")}${change.adRef.deadline ? ` by ${change.adRef.deadline}` : ""}`
    : "";
  return `${STORED_STATUS[change.from] ?? change.from} → ${to}${adRef}`;
}

/**
 * Every paragraph that stood in any version, in the order of the text: the latest order, with
 * a paragraph that has gone put back after the paragraph it last followed.
 */
function paragraphOrder(versions: readonly RecordVersion[]): string[] {
  const order: string[] = [];
  const placed = new Set<string>();
  for (const version of [...versions].reverse()) {
    let after = -1;
    for (const paragraph of version.text.paragraphs) {
      if (placed.has(paragraph.id)) {
        after = order.indexOf(paragraph.id);
        continue;
      }
      order.splice(after + 1, 0, paragraph.id);
      placed.add(paragraph.id);
      after += 1;
    }
  }
  return order;
}

function stagesOf(id: string, versions: readonly RecordVersion[], byId: ParagraphsById): RecordStage[] {
  const stages: RecordStage[] = [];
  let previous: ParagraphView | null = null;
  for (const version of versions) {
    const paragraph = byId.get(version)?.get(id) ?? null;
    if (!paragraph) {
      if (previous)
        stages.push({ version: version.name, number: previous.number, status: "Deleted", change: "gone", runs: [] });
      previous = null;
      continue;
    }
    const change = !previous ? "new" : previous.text === paragraph.text ? "same" : "changed";
    const runs: Run[] =
      change === "new"
        ? attributedRuns(paragraph)
        : change === "changed"
          ? diffWords(previous!.text, paragraph.text).map((word) =>
              word.op === "equal"
                ? { kind: "text", text: word.text }
                : { kind: word.op === "insert" ? "inserted" : "deleted", text: word.text },
            )
          : [];
    const status = statusWords(paragraph);
    const last = stages.at(-1);
    // A version where nothing about it changed is folded into the stage before: an archive of ten
    // revisions reads "the same up to Rev.7" once, not "unchanged" seven times.
    if (
      change === "same" &&
      last &&
      last.change !== "gone" &&
      last.number === paragraph.number &&
      last.status === status
    )
      last.sameUntil = version.name;
    else stages.push({ version: version.name, number: paragraph.number, status, change, runs });
    previous = paragraph;
  }
  return stages;
}

/** Map.groupBy, which Node 20 does not have yet. */
function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}

type ParagraphsById = Map<RecordVersion, Map<string, ParagraphView>>;

export function recordOfNegotiation(input: RecordInput): NegotiationRecord {
  const byId: ParagraphsById = new Map(
    input.versions.map((version) => [
      version,
      new Map(version.text.paragraphs.map((paragraph) => [paragraph.id, paragraph])),
    ]),
  );
  const latest = new Map<string, ParagraphView>();
  for (const version of input.versions)
    for (const paragraph of version.text.paragraphs) latest.set(paragraph.id, paragraph);
  const changesOf = groupBy(
    [...input.statusChanges].sort((a, b) => a.at.localeCompare(b.at)),
    (change) => change.paragraphId,
  );
  const threadsOf = groupBy(input.threads, (thread) => thread.paragraphId ?? "");
  const paragraphs = paragraphOrder(input.versions).map((id): RecordParagraph => {
    const last = latest.get(id)!;
    return {
      id,
      kind: last.kind,
      level: last.level,
      title: last.number ?? last.text,
      stages: stagesOf(id, input.versions, byId),
      statusChanges: (changesOf.get(id) ?? []).map((change) => ({
        from: change.from,
        to: change.to,
        adRef: change.adRef,
        by: change.by,
        at: change.at,
        words: changeWords(change),
      })),
      brackets: bracketHistories(id, input.versions),
      threads: threadsOf.get(id) ?? [],
    };
  });
  const known = new Set(paragraphs.map((paragraph) => paragraph.id));
  return carriable({
    title: input.title,
    symbol: input.symbol,
    language: input.language,
    madeAt: input.madeAt,
    versions: input.versions.map(({ name, symbol, label, meeting, at, issuedBy }) => ({
      name,
      symbol,
      label,
      meeting,
      at,
      issuedBy,
    })),
    paragraphs,
    unplacedThreads: input.threads.filter((thread) => !thread.paragraphId || !known.has(thread.paragraphId)),
  });
}

/**
 * Without the characters XML 1.0 cannot carry, which would make the Word file ill-formed: the
 * live text and the comment routes refuse them, but revisions taken before they did may hold some.
 */
function carriable(record: NegotiationRecord): NegotiationRecord {
  const clean = (value: unknown): unknown => {
    if (typeof value === "string") return xmlSafe(value);
    if (Array.isArray(value)) return value.map(clean);
    if (value && typeof value === "object")
      return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, clean(inner)]));
    return value;
  };
  return clean(record) as NegotiationRecord;
}
