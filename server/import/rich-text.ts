// A paragraph's words with their emphasis, while the import reshapes them: runs are appended
// with their marks, then numbers typed at the start, holders typed after a bracket and spare
// spaces are cut out, and every mark follows the words it covers.
import type { DraftMark } from "../../lib/draft/content";

export type MarkType = DraftMark["type"];

export class RichText {
  text = "";
  marks: DraftMark[] = [];

  append(words: string, types: readonly MarkType[] = []): void {
    if (!words) return;
    const from = this.text.length;
    this.text += words;
    for (const type of types) {
      const last = this.marks.findLast((mark) => mark.type === type && mark.to === from);
      if (last) last.to = this.text.length;
      else this.marks.push({ type, from, to: this.text.length });
    }
  }

  /** Cuts [from, to) out of the words; marks shrink, shift, or go when nothing of them is left. */
  remove(from: number, to: number): void {
    if (to <= from) return;
    const length = to - from;
    this.text = this.text.slice(0, from) + this.text.slice(to);
    const moved = (at: number) => (at <= from ? at : at >= to ? at - length : from);
    this.marks = this.marks
      .map((mark) => ({ ...mark, from: moved(mark.from), to: moved(mark.to) }))
      .filter((mark) => mark.to > mark.from);
  }

  /** Replaces [from, to) with `words`, which take the marks of the first character replaced. */
  replace(from: number, to: number, words: string): void {
    this.remove(from, to);
    if (!words) return;
    this.text = this.text.slice(0, from) + words + this.text.slice(from);
    this.marks = this.marks.map((mark) => ({
      ...mark,
      from: mark.from > from ? mark.from + words.length : mark.from,
      to: mark.to > from || (mark.to === from && mark.from < from) ? mark.to + words.length : mark.to,
    }));
  }

  /** Tabs and line breaks as spaces, runs of spaces as one, none at either end. */
  normalizeSpaces(): void {
    for (let match = /[\t\n\r\u000b\f]/.exec(this.text); match; match = /[\t\n\r\u000b\f]/.exec(this.text))
      this.replace(match.index, match.index + 1, " ");
    for (let match = / {2,}/.exec(this.text); match; match = / {2,}/.exec(this.text))
      this.remove(match.index + 1, match.index + match[0].length);
    const lead = /^\s+/.exec(this.text)?.[0].length ?? 0;
    this.remove(0, lead);
    const trail = /\s+$/.exec(this.text)?.[0].length ?? 0;
    this.remove(this.text.length - trail, this.text.length);
  }

  /** Drops marks of `type` inside [from, to) (the italics of a preambular opening). */
  unmark(type: MarkType, from: number, to: number): void {
    const out: DraftMark[] = [];
    for (const mark of this.marks) {
      if (mark.type !== type || mark.to <= from || mark.from >= to) out.push(mark);
      else {
        if (mark.from < from) out.push({ ...mark, to: from });
        if (mark.to > to) out.push({ ...mark, from: to });
      }
    }
    this.marks = out;
  }

  /** The marks, merged where they touch, in order; none over whitespace alone. */
  finalMarks(): DraftMark[] {
    const sorted = [...this.marks].sort((a, b) => a.type.localeCompare(b.type) || a.from - b.from);
    const merged: DraftMark[] = [];
    for (const mark of sorted) {
      const last = merged.at(-1);
      if (last && last.type === mark.type && mark.from <= last.to) last.to = Math.max(last.to, mark.to);
      else merged.push({ ...mark });
    }
    return merged
      .filter((mark) => this.text.slice(mark.from, mark.to).trim() !== "")
      .sort((a, b) => a.from - b.from || a.type.localeCompare(b.type));
  }
}
