// Typesetting one paragraph of the PDF: its runs (label, words, holders, inserted and deleted
// words, status note) flow as one text, broken into lines only at spaces and justified. pdfkit's
// own `continued` text started a new line at every change of style; here a line breaks only
// where a space is, so a bracket's holders stay against its "]", a ";" against its word, and a
// holder list or a date (joined by no-break spaces, cover.ts `unbreakable`) is never split.
import { pieces, widthOf, type FontStyle } from "./pdf-fonts";

export interface Span {
  text: string;
  style: FontStyle;
  color?: string;
  /** Raised and smaller: a bracket's holders. */
  superscript?: boolean;
  underline?: boolean;
  strike?: boolean;
}

export interface Frame {
  /** Where the label (if any) and the first line start. */
  firstLeft: number;
  /** Where the first line's words start after the label (≥ firstLeft). */
  firstText: number;
  /** Where every other line starts. */
  left: number;
  right: number;
  size: number;
  leading: number;
  justify: boolean;
}

interface Fragment {
  span: Span;
  text: string;
  width: number;
  space: boolean;
}

const fontSize = (span: Span, size: number) => (span.superscript ? size * 0.62 : size);

/** Words and the spaces between them; a no-break space is part of a word. */
function fragments(pdf: PDFKit.PDFDocument, spans: readonly Span[], size: number): Fragment[] {
  const out: Fragment[] = [];
  for (const span of spans)
    for (const text of span.text.match(/[ \t\n]+|[^ \t\n]+/g) ?? []) {
      const space = /^[ \t\n]/.test(text);
      const shown = space ? " " : text;
      out.push({ span, text: shown, width: widthOf(pdf, shown, span.style, fontSize(span, size)), space });
    }
  return out;
}

/** Boxes that never break inside (a word with what touches it), each followed by its space, if any. */
function boxes(all: Fragment[]): { parts: Fragment[]; width: number; space: Fragment | null }[] {
  const out: { parts: Fragment[]; width: number; space: Fragment | null }[] = [];
  let current: Fragment[] = [];
  const close = (space: Fragment | null) => {
    if (current.length > 0 || space) {
      if (current.length === 0 && out.length > 0) out[out.length - 1]!.space ??= space;
      else out.push({ parts: current, width: current.reduce((sum, part) => sum + part.width, 0), space });
    }
    current = [];
  };
  for (const fragment of all) {
    if (fragment.space) close(fragment);
    else current.push(fragment);
  }
  close(null);
  return out.filter((box) => box.parts.length > 0);
}

function drawFragment(pdf: PDFKit.PDFDocument, fragment: Fragment, x: number, y: number, width: number, size: number) {
  const { span } = fragment;
  const color = span.color ?? "black";
  const shown = fontSize(span, size);
  const rise = span.superscript ? size * 0.3 : 0;
  if (!fragment.space) {
    let at = x;
    for (const piece of pieces(fragment.text, span.style)) {
      pdf.font(piece.font).fontSize(shown).fillColor(color);
      pdf.text(piece.text, at, y - rise + (size - shown) * 0.8, { lineBreak: false });
      at += pdf.widthOfString(piece.text);
    }
  }
  if (span.underline || span.strike) {
    const lineY = span.underline ? y + size * 1.0 : y + size * 0.62;
    pdf
      .moveTo(x, lineY)
      .lineTo(x + width, lineY)
      .lineWidth(0.6)
      .strokeColor(color)
      .stroke();
  }
}

/**
 * Sets `spans` in `frame` from `y`, starting a new page (through `newPage`, which returns the
 * new top) when a line would pass `bottom`; returns the y below the last line.
 */
export function flow(
  pdf: PDFKit.PDFDocument,
  spans: readonly Span[],
  frame: Frame,
  y: number,
  bottom: number,
  newPage: () => number,
  label?: Span,
): number {
  const all = boxes(fragments(pdf, spans, frame.size));
  let index = 0;
  let first = true;
  while (index < all.length || (first && label)) {
    const start = first ? frame.firstText : frame.left;
    const available = frame.right - start;
    // Fill the line: boxes while they fit (at least one, even if it alone is too wide).
    const line: typeof all = [];
    let used = 0;
    while (index < all.length) {
      const box = all[index]!;
      const gap = line.length > 0 ? (line[line.length - 1]!.space?.width ?? 0) : 0;
      if (line.length > 0 && used + gap + box.width > available) break;
      used += gap + box.width;
      line.push(box);
      index += 1;
    }
    if (y + frame.leading > bottom) y = newPage();
    if (first && label)
      drawFragment(pdf, { span: label, text: label.text, width: 0, space: false }, frame.firstLeft, y, 0, frame.size);
    const gaps = line.slice(0, -1).filter((box) => box.space).length;
    const stretch = frame.justify && index < all.length && gaps > 0 ? (available - used) / gaps : 0;
    let x = start;
    line.forEach((box, position) => {
      for (const part of box.parts) {
        drawFragment(pdf, part, x, y, part.width, frame.size);
        x += part.width;
      }
      if (position < line.length - 1 && box.space) {
        const width = box.space.width + stretch;
        // The space between two struck (or underlined) words is struck too; between a changed
        // word and an unchanged one it is not.
        const next = line[position + 1]!.parts[0]!.span;
        const decorated =
          box.space.span === next
            ? box.space
            : { ...box.space, span: { ...box.space.span, underline: false, strike: false } };
        drawFragment(pdf, decorated, x, y, width, frame.size);
        x += width;
      }
    });
    y += frame.leading;
    first = false;
  }
  return y;
}
