// Word's automatic numbering, read from word/numbering.xml: which format a list level has
// ("decimal", "lowerLetter", "upperRoman"), the text around its number ("%1.", "(%2)",
// "Article %1") and where it starts — what mammoth keeps only as "ordered or not" and a level.
// The import needs the format to tell an operative paragraph (1.) from a sub-paragraph ((a)),
// a point ((i)) or a heading (I., Article 3), and the number itself to keep a heading's label.
import { letterOf, romanOf } from "../../lib/negotiation/labels";

export interface LevelDefinition {
  format: string;
  text: string;
  start: number;
  /** The paragraph style this level is tied to, if any (w:pStyle). */
  style: string | null;
}

export interface NumberingDefinitions {
  /** abstractNumId → its levels by ilvl. */
  abstract: Map<string, Map<number, LevelDefinition>>;
  /** numId → abstractNumId and the levels it restarts (w:lvlOverride/w:startOverride). */
  nums: Map<string, { abstract: string; starts: Map<number, number> }>;
}

export interface NumberedAs {
  numId: string;
  level: number;
  format: string;
  /** The number as Word shows it: "3.", "(b)", "II.", "Article 4". */
  label: string;
}

const value = (xml: string, tag: string) => new RegExp(`<w:${tag}\\b[^>]*\\bw:val="([^"]*)"`).exec(xml)?.[1] ?? null;

export function readNumbering(xml: string | undefined): NumberingDefinitions {
  const abstract = new Map<string, Map<number, LevelDefinition>>();
  const nums = new Map<string, { abstract: string; starts: Map<number, number> }>();
  if (!xml) return { abstract, nums };
  for (const match of xml.matchAll(
    /<w:abstractNum\b[^>]*\bw:abstractNumId="([^"]*)"[^>]*>([\s\S]*?)<\/w:abstractNum>/g,
  )) {
    const levels = new Map<number, LevelDefinition>();
    for (const level of match[2]!.matchAll(/<w:lvl\b([^>]*)>([\s\S]*?)<\/w:lvl>/g)) {
      const body = level[2]!;
      levels.set(Number(/\bw:ilvl="(\d+)"/.exec(level[1]!)?.[1] ?? 0), {
        format: value(body, "numFmt") ?? "decimal",
        text: value(body, "lvlText") ?? "",
        start: Number(value(body, "start") ?? 1),
        style: value(body, "pStyle"),
      });
    }
    abstract.set(match[1]!, levels);
  }
  for (const match of xml.matchAll(/<w:num\b[^>]*\bw:numId="([^"]*)"[^>]*>([\s\S]*?)<\/w:num>/g)) {
    const body = match[2]!;
    const starts = new Map<number, number>();
    for (const override of body.matchAll(/<w:lvlOverride\b[^>]*\bw:ilvl="(\d+)"[^>]*>([\s\S]*?)<\/w:lvlOverride>/g)) {
      const start = value(override[2]!, "startOverride");
      if (start !== null) starts.set(Number(override[1]), Number(start));
    }
    nums.set(match[1]!, { abstract: value(body, "abstractNumId") ?? "", starts });
  }
  return { abstract, nums };
}

/** A number in a level's format: 3 → "3", "c", "C", "iii", "III". */
export function formatNumber(n: number, format: string): string {
  switch (format) {
    case "lowerLetter":
      return letterOf(n);
    case "upperLetter":
      return letterOf(n).toUpperCase();
    case "lowerRoman":
      return romanOf(n);
    case "upperRoman":
      return romanOf(n).toUpperCase();
    case "decimalZero":
      return String(n).padStart(2, "0");
    case "bullet":
    case "none":
      return "";
    default:
      return String(n);
  }
}

/**
 * Counts the numbered paragraphs of a document in order, as Word does: one set of counters per
 * list (abstract numbering), a level resetting the levels below it, and a w:num that restarts a
 * level (startOverride) restarting it the first time it is used.
 */
export class NumberingCounter {
  private counters = new Map<string, number[]>();
  private restarted = new Set<string>();

  constructor(private readonly definitions: NumberingDefinitions) {}

  /** The numbering of the next paragraph that has numId at ilvl, or null when it has none. */
  next(numId: string, level: number): NumberedAs | null {
    const num = this.definitions.nums.get(numId);
    if (!num || numId === "0") return null; // numId 0 switches numbering off
    const levels = this.definitions.abstract.get(num.abstract);
    const definition = levels?.get(level);
    if (!levels || !definition) return null;
    const counters = this.counters.get(num.abstract) ?? [];
    this.counters.set(num.abstract, counters);
    const restartKey = `${numId}:${level}`;
    const override = num.starts.get(level);
    if (override !== undefined && !this.restarted.has(restartKey)) {
      this.restarted.add(restartKey);
      counters[level] = override - 1;
    }
    counters[level] = (counters[level] ?? (definition.start ?? 1) - 1) + 1;
    counters.length = level + 1; // the levels below start again
    const label = definition.text.replace(/%(\d)/g, (_, k: string) => {
      const at = Number(k) - 1;
      const levelDefinition = levels.get(at);
      return formatNumber(counters[at] ?? levelDefinition?.start ?? 1, levelDefinition?.format ?? "decimal");
    });
    return { numId, level, format: definition.format, label: label.trim() };
  }
}
