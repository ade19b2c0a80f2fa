// Reads a checked Word package (docx-package.ts) into the paragraphs the classifier sorts:
// mammoth gives the paragraphs, their runs, emphasis and style names (its document model, via
// transformDocument — no HTML is made); what mammoth does not keep is read here from the XML:
// each paragraph's Word numbering (w:numPr against word/numbering.xml) and what cannot come
// along into a draft (images, footnotes, text boxes, comments, tracked changes still pending).
// To pair mammoth's paragraphs with the XML's exactly — whatever tables, text boxes or deleted
// paragraph marks do to the order — each paragraph of the XML gets an invisible marker run with
// its index before mammoth reads it; the marker is taken out of the words again here.
import JSZip from "jszip";
import mammoth from "mammoth";
import { isMemberStateCode, MEMBER_STATES, type MemberStateCode } from "../../lib/forum/member-states";
import type { DocxPackage } from "./docx-package";
import { ImportError } from "./import-error";
import { RichText, type MarkType } from "./rich-text";
import { NumberingCounter, readNumbering, type NumberedAs } from "./word-numbering";

/** What a paragraph holds that a draft cannot: each becomes a warning naming the paragraph. */
export type Loss = "image" | "footnote" | "endnote" | "comment" | "text box" | "tracked change";

export interface SourceParagraph {
  /** 1-based position among the document's paragraphs outside tables, as Word counts them. */
  source: number;
  words: RichText;
  styleName: string | null;
  /** Word's automatic number, when it has one. */
  numbering: NumberedAs | null;
  /** Mammoth's reading of a list it could not place in numbering.xml (a style's list). */
  list: { ordered: boolean; level: number } | null;
  /** Concord's own exports: the room's reference ("OP5 bis", "OP2 (a)") in its character style. */
  concordLabel: string | null;
  /** Concord's own exports: the deletion proposal at a paragraph's head ("RU: delete · KZ: retain"). */
  deletionProposal: string | null;
  centered: boolean;
  losses: Loss[];
}

export interface SourceTable {
  /** The source number of the paragraph before it (0 when it opens the document). */
  after: number;
  rows: number;
  columns: number;
  firstWords: string;
}

export interface ReadDocument {
  paragraphs: SourceParagraph[];
  tables: SourceTable[];
  /** Made by Concord's own export (its paragraph styles and creator). */
  concordExport: boolean;
}

const MARK_OPEN = "\ue000";
const MARK_CLOSE = "\ue001";
const MARKER = /\ue000(\d+)\ue001/g;

interface XmlParagraph {
  numId: string | null;
  ilvl: number;
  styleId: string | null;
  inTable: boolean;
  /** Inside another paragraph: a text box's. */
  nested: boolean;
  losses: Set<Loss>;
}

const attr = (xml: string, tag: string) => new RegExp(`<w:${tag}\\b[^>]*\\bw:val="([^"]*)"`).exec(xml)?.[1] ?? null;

/**
 * Every paragraph of the main part in document order with what the XML says of it, and the
 * part with a marker run at the head of each paragraph.
 */
function scanParagraphs(xml: string): { marked: string; paragraphs: XmlParagraph[] } {
  const paragraphs: XmlParagraph[] = [];
  const open: { index: number; bodyStart: number }[] = [];
  let tables = 0;
  let out = "";
  let copied = 0;
  const tags = /<(\/?)w:(p|tbl)(?=[\s>/])([^>]*?)(\/?)>/g;
  for (let match = tags.exec(xml); match; match = tags.exec(xml)) {
    const [whole, closing, name, , selfClosing] = match;
    if (name === "tbl") {
      if (!selfClosing) tables += closing ? -1 : 1;
      continue;
    }
    if (closing) {
      const paragraph = open.pop();
      if (paragraph) describe(paragraphs[paragraph.index]!, xml.slice(paragraph.bodyStart, match.index));
      continue;
    }
    const index = paragraphs.length;
    paragraphs.push({
      numId: null,
      ilvl: 0,
      styleId: null,
      inTable: tables > 0,
      nested: open.length > 0,
      losses: new Set(),
    });
    const marker = `<w:r><w:t xml:space="preserve">${MARK_OPEN}${index}${MARK_CLOSE}</w:t></w:r>`;
    const end = match.index + whole.length;
    out += xml.slice(copied, match.index);
    out += selfClosing ? `${whole.slice(0, -2)}>${marker}</w:p>` : `${whole}${marker}`;
    copied = end;
    if (!selfClosing) open.push({ index, bodyStart: end });
  }
  out += xml.slice(copied);
  return { marked: out, paragraphs };
}

/** What a paragraph's own XML says: its numbering and style, and what would be lost. */
function describe(paragraph: XmlParagraph, body: string): void {
  const properties = /^\s*<w:pPr\b[\s\S]*?<\/w:pPr>/.exec(body)?.[0] ?? "";
  const numPr = /<w:numPr\b[\s\S]*?<\/w:numPr>/.exec(properties)?.[0];
  if (numPr) {
    paragraph.numId = attr(numPr, "numId");
    paragraph.ilvl = Number(attr(numPr, "ilvl") ?? 0);
  }
  paragraph.styleId = attr(properties, "pStyle");
  // A text box's own paragraphs are counted apart; their content is not this paragraph's.
  const own = body.replace(/<w:txbxContent\b[\s\S]*?<\/w:txbxContent>/g, () => {
    paragraph.losses.add("text box");
    return "";
  });
  if (/<w:(?:drawing|pict|object)\b/.test(own) && !paragraph.losses.has("text box")) paragraph.losses.add("image");
  if (/<w:footnoteReference\b/.test(own)) paragraph.losses.add("footnote");
  if (/<w:endnoteReference\b/.test(own)) paragraph.losses.add("endnote");
  if (/<w:commentReference\b/.test(own)) paragraph.losses.add("comment");
  if (/<w:(?:ins|del|moveFrom|moveTo)\b/.test(own + properties)) paragraph.losses.add("tracked change");
}

/** Paragraph styles that number their paragraphs themselves (a "List Number" style): styleId → numPr. */
function styleNumbering(styles: string | undefined): Map<string, { numId: string; ilvl: number }> {
  const found = new Map<string, { numId: string; ilvl: number }>();
  for (const match of (styles ?? "").matchAll(/<w:style\b[^>]*\bw:styleId="([^"]*)"[^>]*>([\s\S]*?)<\/w:style>/g)) {
    const numPr = /<w:numPr\b[\s\S]*?<\/w:numPr>/.exec(match[2]!)?.[0];
    const numId = numPr ? attr(numPr, "numId") : null;
    if (numId) found.set(match[1]!, { numId, ilvl: Number(attr(numPr!, "ilvl") ?? 0) });
  }
  return found;
}

const STATE_NAMES = new Map<string, MemberStateCode>(
  MEMBER_STATES.map((state) => [state.name.toLowerCase(), state.code]),
);

/** "RU, CN" or "Russia, China" → the codes; null when any is not a Member State. */
export function stateList(text: string): MemberStateCode[] | null {
  const parts = text
    .split(/\s*(?:,|;|\/|\band\b)\s*/)
    .map((part) => part.trim())
    .filter(Boolean);
  if (parts.length === 0) return null;
  const codes: MemberStateCode[] = [];
  for (const part of parts) {
    const code = isMemberStateCode(part) ? part : STATE_NAMES.get(part.toLowerCase());
    if (!code) return null;
    codes.push(code);
  }
  return codes;
}

// Mammoth's document model, as far as the import reads it.
interface MammothNode {
  type: string;
  children?: MammothNode[];
  value?: string;
  styleName?: string | null;
  styleId?: string | null;
  numbering?: { isOrdered: boolean; level: string } | null;
  alignment?: string | null;
  isBold?: boolean;
  isItalic?: boolean;
  isUnderline?: boolean;
  verticalAlignment?: string;
}

interface Collected {
  kind: "paragraph" | "table";
  node: MammothNode;
}

/** The words of a run (text, tabs, breaks), markers included. */
function runText(node: MammothNode): string {
  if (node.type === "text") return node.value ?? "";
  if (node.type === "tab") return "\t";
  if (node.type === "break") return " ";
  return (node.children ?? []).map(runText).join("");
}

function tableShape(table: MammothNode): { rows: number; columns: number; text: string } {
  const rows = (table.children ?? []).filter((row) => row.type === "tableRow");
  const columns = Math.max(0, ...rows.map((row) => (row.children ?? []).length));
  const cellText = (cell: MammothNode) => runText(cell).replace(MARKER, "").replace(/\s+/g, " ").trim();
  const text = rows
    .map((row) => (row.children ?? []).map(cellText).join(" | "))
    .join(" / ")
    .trim();
  return { rows: rows.length, columns, text };
}

function markers(text: string): number[] {
  return [...text.matchAll(MARKER)].map((match) => Number(match[1]));
}

export async function readDocx(pkg: DocxPackage): Promise<ReadDocument> {
  const xml = pkg.parts.get(pkg.mainPart)!;
  const { marked, paragraphs: xmlParagraphs } = scanParagraphs(xml);

  // Mammoth reads a package of the measured text parts only, the main part marked.
  const zip = new JSZip();
  for (const [name, text] of pkg.parts) zip.file(name, name === pkg.mainPart ? marked : text);
  const buffer = await zip.generateAsync({ type: "nodebuffer", compression: "STORE" });
  let document: MammothNode | null = null;
  try {
    await mammoth.convertToHtml(
      { buffer },
      {
        transformDocument: (element: MammothNode) => {
          document = element;
          return { ...element, children: [] };
        },
      },
    );
  } catch (error) {
    throw new ImportError(
      `The file is damaged: Word's XML in it cannot be read (${(error as Error).message.slice(0, 120)}). Open it in Word, save it again as .docx and import that.`,
      "corrupt",
    );
  }
  if (!document) throw new ImportError("The file is damaged: it has no document body.", "corrupt");

  const collected: Collected[] = [];
  const walk = (nodes: readonly MammothNode[]) => {
    for (const node of nodes) {
      if (node.type === "paragraph") collected.push({ kind: "paragraph", node });
      else if (node.type === "table") collected.push({ kind: "table", node });
      else if (node.children) walk(node.children);
    }
  };
  walk((document as MammothNode).children ?? []);

  const numbering = readNumbering(pkg.parts.get("word/numbering.xml"));
  const counter = new NumberingCounter(numbering);
  const styles = styleNumbering(pkg.parts.get("word/styles.xml"));
  const paragraphs: SourceParagraph[] = [];
  const tables: SourceTable[] = [];
  let source = 0;

  for (const item of collected) {
    if (item.kind === "table") {
      const shape = tableShape(item.node);
      tables.push({ after: source, rows: shape.rows, columns: shape.columns, firstWords: shape.text.slice(0, 60) });
      continue;
    }
    const node = item.node;
    const indices = markers(runText(node));
    const xmlIndex = indices.at(-1);
    const facts = xmlIndex === undefined ? undefined : xmlParagraphs[xmlIndex];
    if (facts?.nested) continue; // a text box's paragraph: reported on the paragraph holding it
    source += 1;

    let numbered: NumberedAs | null = null;
    const numPr = facts?.numId
      ? { numId: facts.numId, ilvl: facts.ilvl }
      : facts?.styleId
        ? styles.get(facts.styleId)
        : undefined;
    if (numPr) numbered = counter.next(numPr.numId, numPr.ilvl);

    const words = new RichText();
    let concordLabel: string | null = null;
    let deletionProposal: string | null = null;
    const losses = new Set<Loss>(facts?.losses ?? []);
    // Every deleted paragraph mark merged into this one carries a pending change too.
    if (indices.length > 1) losses.add("tracked change");

    const visit = (child: MammothNode) => {
      if (child.type === "run") {
        const text = runText(child).replace(MARKER, "");
        const style = child.styleName ?? "";
        if (style === "Paragraph number") concordLabel = (concordLabel ?? "") + text.trim();
        else if (style === "Status note")
          return; // "(Agreed)": a new draft starts open
        else if (style === "Deletion proposal") deletionProposal = (deletionProposal ?? "") + text.trim();
        else if (style === "Bracket holders" || child.verticalAlignment === "superscript") {
          const states = stateList(text.trim());
          // Holders after a bracket, as Concord exports them and as some type them: "(RU, CN)".
          if (states && /\]\s*$/.test(words.text)) words.append(` (${states.join(", ")})`);
          else words.append(text);
        } else {
          const marks: MarkType[] = [];
          if (child.isBold) marks.push("bold");
          if (child.isItalic) marks.push("italic");
          if (child.isUnderline) marks.push("underline");
          words.append(text, marks);
        }
        return;
      }
      if (child.type === "noteReference") return; // counted from the XML
      for (const grandchild of child.children ?? []) visit(grandchild);
    };
    for (const child of node.children ?? []) visit(child);

    paragraphs.push({
      source,
      words,
      styleName: node.styleName ?? null,
      numbering: numbered,
      list:
        !numbered && node.numbering
          ? { ordered: node.numbering.isOrdered, level: Number(node.numbering.level) || 0 }
          : null,
      concordLabel,
      deletionProposal,
      centered: node.alignment === "center",
      losses: [...losses],
    });
  }

  const core = pkg.parts.get("docProps/core.xml") ?? "";
  const concordExport =
    /<dc:creator>Concord<\/dc:creator>/.test(core) &&
    paragraphs.some(
      (paragraph) => paragraph.styleName === "Preambular paragraph" || paragraph.styleName === "Operative paragraph",
    );
  return { paragraphs, tables, concordExport };
}
