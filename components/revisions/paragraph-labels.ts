// How a compared paragraph is named and what happened to it, in words (ui.md: never colour
// alone): "OP5 → OP6", "Inserted", "Moved", "Renumbered".
import type { ParagraphComparison } from "@/lib/revisions";

/** "OP5", "OP5 → OP6" when renumbered; a heading's own words stand in for a number. */
export function numberLabel(row: ParagraphComparison): string {
  const before = row.before?.number ?? null;
  const after = row.after?.number ?? null;
  if (row.numberChanged && before && after) return `${before} → ${after}`;
  if (row.change === "deleted" && row.placeholder) return `${row.placeholder} [deleted]`;
  return after ?? before ?? "Heading";
}

export function isHeading(row: ParagraphComparison): boolean {
  return (row.after ?? row.before)?.kind === "heading";
}

/** A numbered preambular paragraph, whose opening words are set in italics (WordChanges). */
export function isPreamble(paragraph: { kind: string; level: number } | null): boolean {
  return paragraph?.kind === "preambular" && paragraph.level === 0;
}

/** The same, read off a reference where the kind is not at hand: "PP3", "PP3 bis", not "PP3 (a)". */
export function isPreambleNumber(number: string | null): boolean {
  return /^PP\d+(?: [a-z]+)?$/.test(number ?? "");
}

/** What happened to the paragraph, as tags: nothing for an unchanged paragraph that stayed put. */
export function changeTags(row: ParagraphComparison): { key: string; word: string }[] {
  const tags: { key: string; word: string }[] = [];
  if (row.change === "inserted") tags.push({ key: "inserted", word: "Inserted" });
  if (row.change === "deleted") tags.push({ key: "deleted", word: "Deleted" });
  if (row.change === "changed") tags.push({ key: "changed", word: "Changed" });
  if (row.moved) tags.push({ key: "moved", word: "Moved" });
  if (row.numberChanged) tags.push({ key: "renumbered", word: "Renumbered" });
  return tags;
}

/** Worth showing when only the differences are asked for. */
export function isDifferent(row: ParagraphComparison): boolean {
  return row.change !== "unchanged" || row.moved || row.numberChanged;
}

/** Rows to show, with runs of unchanged paragraphs folded into one line when only differences are wanted. */
export type ShownRow =
  | { kind: "paragraph"; row: ParagraphComparison }
  | { kind: "unchanged"; count: number; first: string | null; last: string | null };

export function shownRows(rows: readonly ParagraphComparison[], onlyDifferences: boolean): ShownRow[] {
  if (!onlyDifferences) return rows.map((row) => ({ kind: "paragraph", row }));
  const shown: ShownRow[] = [];
  let run: ParagraphComparison[] = [];
  const flush = () => {
    if (run.length === 0) return;
    const numbers = run.map((row) => row.after?.number ?? null).filter((number): number is string => !!number);
    shown.push({ kind: "unchanged", count: run.length, first: numbers[0] ?? null, last: numbers.at(-1) ?? null });
    run = [];
  };
  for (const row of rows) {
    if (isDifferent(row)) {
      flush();
      shown.push({ kind: "paragraph", row });
    } else run.push(row);
  }
  flush();
  return shown;
}

/** "4 unchanged paragraphs (OP2–OP5)". */
export function unchangedRunLabel(run: { count: number; first: string | null; last: string | null }): string {
  const what = `${run.count} unchanged paragraph${run.count === 1 ? "" : "s"}`;
  if (!run.first) return what;
  return run.first === run.last ? `${what} (${run.first})` : `${what} (${run.first}–${run.last})`;
}
