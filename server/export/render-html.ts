// The export as one self-contained HTML page (inline styles, no scripts): readable in any
// browser, printable, and what the PDF's layout follows. Every text is escaped: nothing a
// delegate typed can become markup.
import type { ExportDocument, ExportParagraph, Run } from "./export-document";

const escape = (text: string) =>
  text.replace(/[&<>"']/g, (char) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[char]!);

/** The opening words of a preambular paragraph ("Recalling also") are italic (italic-opening.ts). */
const words = (item: Run) => ("italic" in item && item.italic ? `<i>${escape(item.text)}</i>` : escape(item.text));

function run(item: Run): string {
  switch (item.kind) {
    case "text":
      return words(item);
    case "holders":
      return `<sup class="holders">${escape(item.text)}</sup>`;
    case "inserted":
      return `<ins>${words(item)}</ins>`;
    case "deleted":
      return `<del>${words(item)}</del>`;
  }
}

function paragraph(item: ExportParagraph): string {
  const classes = [item.kind, `level-${item.level}`, item.change ? `paragraph-${item.change}` : ""].filter(Boolean);
  const id = item.id ? ` id="${escape(item.id)}"` : "";
  const number = item.number ? `<span class="number">${escape(item.number)}</span> ` : "";
  const change = item.change ? `<span class="change">[${item.change === "inserted" ? "New" : "Deleted"}]</span> ` : "";
  const note = item.note ? ` <span class="note">(${escape(item.note)})</span>` : "";
  const tag = item.kind === "heading" ? "h2" : "p";
  return `<${tag} class="${classes.join(" ")}"${id}>${number}${change}${item.runs.map(run).join("")}${note}</${tag}>`;
}

const STYLE = `
body { font-family: "DejaVu Serif", Georgia, serif; max-width: 44rem; margin: 2rem auto; line-height: 1.5; }
header { text-align: center; margin-bottom: 2rem; }
.symbol { text-align: right; font-weight: bold; }
p.level-1 { margin-left: 2rem; } p.level-2 { margin-left: 4rem; }
p.preambular { text-indent: 2rem; }
.number { font-weight: bold; }
.holders { font-size: 0.7em; color: #444; }
.note { font-style: italic; color: #444; }
ins { text-decoration: underline; color: #05612a; } del { text-decoration: line-through; color: #a11; }
.change { font-weight: bold; }
`;

export function renderHtml(document: ExportDocument): string {
  const { heading } = document;
  const lines = [
    heading.revision ? `<p class="revision">${escape(heading.revision)}</p>` : "",
    heading.against ? `<p class="against">Changes since ${escape(heading.against)}</p>` : "",
    heading.draft ? `<p class="draft">Draft clean text — brackets remain</p>` : "",
  ].filter(Boolean);
  return `<!doctype html>
<html lang="${escape(heading.language)}">
<head><meta charset="utf-8"><title>${escape(heading.symbol)} — ${escape(heading.title)}</title><style>${STYLE}</style></head>
<body>
<p class="symbol">${escape(heading.symbol)}</p>
<header><h1>${escape(heading.title)}</h1><p class="date">${escape(heading.date)}</p>${lines.join("")}</header>
<main>
${document.paragraphs.map(paragraph).join("\n")}
</main>
</body>
</html>
`;
}
