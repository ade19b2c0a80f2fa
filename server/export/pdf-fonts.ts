// The PDF's typeface: Tinos (npm @fontsource/tinos), metric-compatible with Times New Roman, the
// forum's Word font, so a PDF and its DOCX set the same words on the same lines. The package ships
// Tinos cut by script (Latin, Cyrillic, Greek …, each file with the Unicode ranges its CSS names):
// every string is set in the cut that covers each character, and what no cut covers falls back
// to DejaVu Serif (npm dejavu-fonts-ttf), which covers far more.
import { readFileSync } from "node:fs";
import path from "node:path";
import PDFDocument from "pdfkit";

export type FontStyle = "regular" | "bold" | "italic" | "boldItalic";

// From the app's root, where `npm start` and the tests run (the web server's bundle has no module
// paths of its own to resolve from).
const TINOS = path.join(process.cwd(), "node_modules", "@fontsource", "tinos");
const DEJAVU = path.join(process.cwd(), "node_modules", "dejavu-fonts-ttf", "ttf");
/** In order of preference: the first cut whose ranges hold a character sets it. */
const CUTS = ["latin", "latin-ext", "cyrillic", "cyrillic-ext", "greek", "greek-ext"] as const;
const WEIGHTS: Record<FontStyle, { weight: number; italic: boolean; dejavu: string }> = {
  regular: { weight: 400, italic: false, dejavu: "DejaVuSerif.ttf" },
  bold: { weight: 700, italic: false, dejavu: "DejaVuSerif-Bold.ttf" },
  italic: { weight: 400, italic: true, dejavu: "DejaVuSerif-Italic.ttf" },
  boldItalic: { weight: 700, italic: true, dejavu: "DejaVuSerif-BoldItalic.ttf" },
};

type Range = [number, number];

/** "U+0000-00FF,U+0131" → [[0, 255], [305, 305]] */
function parseRanges(list: string): Range[] {
  return list.split(",").map((item) => {
    const [from, to] = item.trim().replace(/^U\+/i, "").split("-");
    return [parseInt(from!, 16), parseInt(to ?? from!, 16)];
  });
}

/** A weight's stylesheet ("400-italic.css") names each cut's file and its ranges. */
function rangesByCut(css: string): Map<string, Range[]> {
  const byCut = new Map<string, Range[]>();
  for (const match of css.matchAll(/url\(\.\/files\/([^)]+)\.woff2\)[\s\S]*?unicode-range:\s*([^;]+);/g))
    byCut.set(match[1]!, parseRanges(match[2]!));
  return byCut;
}

interface Cut {
  name: string;
  file: string;
  ranges: Range[];
}

let cuts: Cut[] | null = null;

/** Every cut of every style, read once per process. */
function allCuts(): Cut[] {
  if (cuts) return cuts;
  cuts = [];
  for (const [style, { weight, italic }] of Object.entries(WEIGHTS)) {
    const ranges = rangesByCut(readFileSync(path.join(TINOS, `${weight}${italic ? "-italic" : ""}.css`), "utf8"));
    for (const cut of CUTS) {
      const file = `tinos-${cut}-${weight}-${italic ? "italic" : "normal"}`;
      cuts.push({
        name: `${style}:${cut}`,
        file: path.join(TINOS, "files", `${file}.woff`),
        ranges: ranges.get(file) ?? [],
      });
    }
  }
  return cuts;
}

/** Registers every cut and the fallbacks under names that `pieces` returns. */
export function registerFonts(pdf: PDFKit.PDFDocument): void {
  for (const cut of allCuts()) pdf.registerFont(cut.name, cut.file);
  for (const [style, { dejavu }] of Object.entries(WEIGHTS))
    pdf.registerFont(`${style}:fallback`, path.join(DEJAVU, dejavu));
}

const chosen = new Map<string, string>();

function fontFor(style: FontStyle, codePoint: number): string {
  const key = `${style}:${codePoint}`;
  let font = chosen.get(key);
  if (font === undefined) {
    font =
      allCuts().find(
        (cut) =>
          cut.name.startsWith(`${style}:`) && cut.ranges.some(([from, to]) => codePoint >= from && codePoint <= to),
      )?.name ?? `${style}:fallback`;
    chosen.set(key, font);
  }
  return font;
}

/** `text` cut into runs of one registered font each: "Призывают to" → Cyrillic cut, Latin cut. */
export function pieces(text: string, style: FontStyle): { text: string; font: string }[] {
  const out: { text: string; font: string }[] = [];
  for (const char of text) {
    // A space belongs to whatever surrounds it: no font switch for it alone.
    const font = /\s/.test(char) && out.length > 0 ? out[out.length - 1]!.font : fontFor(style, char.codePointAt(0)!);
    const last = out[out.length - 1];
    if (last && last.font === font) last.text += char;
    else out.push({ text: char, font });
  }
  return out;
}

/** The width of `text` set in `style` at `size` points. */
const widths = new WeakMap<PDFKit.PDFDocument, Map<string, number>>();

export function widthOf(pdf: PDFKit.PDFDocument, text: string, style: FontStyle, size: number): number {
  // Words repeat ("the", "of", "RU"): measured once per document.
  let known = widths.get(pdf);
  if (!known) widths.set(pdf, (known = new Map()));
  const key = `${style}:${size}:${text}`;
  let width = known.get(key);
  if (width === undefined) {
    width = 0;
    for (const piece of pieces(text, style)) width += pdf.font(piece.font).fontSize(size).widthOfString(piece.text);
    known.set(key, width);
  }
  return width;
}

let measurer: PDFKit.PDFDocument | null = null;

/**
 * The width of `text` in points as Word sets it in Times New Roman: Tinos has the same metrics,
 * so the Word file can size a hanging indent to its widest label ("OP12 quater").
 */
export function timesWidth(text: string, style: FontStyle, size: number): number {
  if (!measurer) {
    measurer = new PDFDocument({ autoFirstPage: false });
    registerFonts(measurer);
  }
  return widthOf(measurer, text, style, size);
}
