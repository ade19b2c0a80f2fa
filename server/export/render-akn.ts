// Akoma Ntoso 3.0 in the AKN4UN style: a <statement> with its FRBR identification, a preface
// (title, number, date), a preamble of recitals and a main body of numbered paragraphs whose
// sub-paragraphs nest as points, each heading opening a <section> that holds the paragraphs up to
// the next one. eIds are derived from the stable paragraph ids, so a paragraph keeps its eId
// through renumbering and across revisions. Every export is valid against the OASIS schema
// (akn-schema/, checked in render-akn.schema.test.ts).
import type { ExportDocument, ExportParagraph, Run } from "./export-document";

const escape = (text: string) =>
  text.replace(/[&<>"']/g, (char) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[char]!);

const AKN_NS = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";
/** AKN names languages by their three-letter codes (ISO 639-2). */
const LANGUAGES: Record<string, string> = { en: "eng", ru: "rus", zh: "zho", fr: "fra", ar: "ara" };

/**
 * The opening words of a recital ("Recalling also") in <i>, as the printed text has them
 * (italic-opening.ts). The schema allows it: <i> is one of the HTML inlines of `inlineCM`, the
 * content of <p>, <ins> and <del> (akomantoso30.xsd, group HTMLinline).
 */
const words = (run: Run) => ("italic" in run && run.italic ? `<i>${escape(run.text)}</i>` : escape(run.text));

function inline(run: Run): string {
  switch (run.kind) {
    case "text":
      return words(run);
    case "holders":
      return `<sup class="holders">${escape(run.text)}</sup>`;
    case "deletionProposal":
      return `<span class="deletionProposal">${escape(run.text)}</span> `;
    case "inserted":
      return `<ins>${words(run)}</ins>`;
    case "deleted":
      return `<del>${words(run)}</del>`;
  }
}

/** eIds must be NCNames: the stable id, or a stand-in for a "[deleted]" placeholder. */
const eId = (prefix: string, item: ExportParagraph, index: number) =>
  `${prefix}_${(item.id ?? `deleted-${index}`).replace(/[^A-Za-z0-9_-]/g, "-")}`;

function content(item: ExportParagraph): string {
  const note = item.note ? ` <remark>${escape(item.note)}</remark>` : "";
  return `<p>${item.runs.map(inline).join("")}${note}</p>`;
}

function num(item: ExportParagraph): string {
  return item.number ? `<num>${escape(item.number)}</num>` : "";
}

/**
 * Operative paragraphs with their sub-paragraphs nested as points (level 1) and sub-points
 * (level 2). A paragraph with points carries its words as <intro>, one without as <content>.
 */
function hierarchy(items: readonly { item: ExportParagraph; index: number }[], out: string[]): void {
  let at = 0;
  const element = (level: number): void => {
    const { item, index } = items[at]!;
    at += 1;
    const tag = level === 0 ? "paragraph" : "point";
    out.push(`<${tag} eId="${eId(level === 0 ? "para" : "point", item, index)}">${num(item)}`);
    const hasChildren = at < items.length && items[at]!.item.level > level;
    if (!hasChildren) {
      out.push(`<content>${content(item)}</content></${tag}>`);
      return;
    }
    out.push(`<intro>${content(item)}</intro>`);
    while (at < items.length && items[at]!.item.level > level) element(level + 1);
    out.push(`</${tag}>`);
  };
  while (at < items.length) element(items[at]!.item.level);
}

/**
 * The main body. A heading ("I. Measures to prevent terrorism") titles the paragraphs that
 * follow it, so it is the <heading> of a <section> holding them: the schema admits no free
 * <crossHeading> in <mainBody>, only inside a hierarchical container.
 */
function body(items: readonly { item: ExportParagraph; index: number }[]): string {
  const out: string[] = [];
  let at = 0;
  const paragraphsFrom = (start: number) => {
    let end = start;
    while (end < items.length && items[end]!.item.kind !== "heading") end += 1;
    hierarchy(items.slice(start, end), out);
    return end;
  };
  at = paragraphsFrom(at);
  while (at < items.length) {
    const { item, index } = items[at]!;
    out.push(`<section eId="${eId("sec", item, index)}"><heading>${item.runs.map(inline).join("")}</heading>`);
    at = paragraphsFrom(at + 1);
    out.push("</section>");
  }
  return out.join("\n");
}

export function renderAkn(document: ExportDocument): string {
  const { heading } = document;
  const indexed = document.paragraphs.map((item, index) => ({ item, index }));
  const preamble = indexed.filter(({ item }) => item.kind === "preambular");
  const main = indexed.filter(({ item }) => item.kind !== "preambular");
  const work = `/akn/un/statement/${heading.symbol.toLowerCase().replace(/[^a-z0-9/.-]/g, "-")}`;
  const language = LANGUAGES[heading.language] ?? heading.language;
  const expression = `${work}/${language}@${heading.date}`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<akomaNtoso xmlns="${AKN_NS}">
<statement name="${document.variant === "clean" ? "statement" : `${document.variant}Text`}">
<meta>
<identification source="#concord">
<FRBRWork><FRBRthis value="${escape(work)}/!main"/><FRBRuri value="${escape(work)}"/><FRBRdate date="${escape(heading.date)}" name="text"/><FRBRauthor href="#cica"/><FRBRcountry value="un"/><FRBRnumber value="${escape(heading.symbol)}"/></FRBRWork>
<FRBRExpression><FRBRthis value="${escape(expression)}/!main"/><FRBRuri value="${escape(expression)}"/><FRBRdate date="${escape(heading.date)}" name="text"/><FRBRauthor href="#cica"/><FRBRlanguage language="${escape(language)}"/></FRBRExpression>
<FRBRManifestation><FRBRthis value="${escape(expression)}/!main.xml"/><FRBRuri value="${escape(expression)}/.akn"/><FRBRdate date="${escape(heading.date)}" name="export"/><FRBRauthor href="#concord"/></FRBRManifestation>
</identification>
<references source="#concord"><TLCOrganization eId="cica" href="/ontology/organization/cica" showAs="Conference on Interaction and Confidence Building Measures in Asia"/><TLCOrganization eId="concord" href="/ontology/organization/concord" showAs="Concord"/></references>
</meta>
<preface>
<p class="symbol"><docNumber>${escape(heading.symbol)}</docNumber></p>
<p class="title"><docTitle>${escape(heading.title)}</docTitle></p>
<p class="date"><docDate date="${escape(heading.date)}">${escape(heading.date)}</docDate></p>${heading.revision ? `\n<p class="revision"><docStage>${escape(heading.revision)}</docStage></p>` : ""}
</preface>
${
  preamble.length === 0
    ? ""
    : `<preamble>
<recitals eId="recs">
${preamble.map(({ item, index }) => `<recital eId="${eId("rec", item, index)}">${num(item)}${content(item)}</recital>`).join("\n")}
</recitals>
</preamble>`
}
<mainBody>
${main.length > 0 ? body(main) : '<p class="empty"/>' /* the schema wants something in it */}
</mainBody>
</statement>
</akomaNtoso>
`;
}
