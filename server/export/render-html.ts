// The export as one self-contained HTML page (inline styles, no scripts): readable in any
// browser, printable, and what the PDF's layout follows. Every text is escaped: nothing a
// delegate typed can become markup.
import { coverOf, FORUM, keepTogether } from "./cover";
import type { ExportDocument, ExportParagraph, Run } from "./export-document";
import { timesWidth } from "./pdf-fonts";

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
    case "deletionProposal":
      return `<span class="deletion-proposal">${escape(item.text)}</span> `;
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
  if (item.number) classes.push("numbered");
  const change = item.change ? `<span class="change">[${item.change === "inserted" ? "New" : "Deleted"}]</span> ` : "";
  // Held to the paragraph's last word by a no-break space: never a line of its own.
  const note = item.note ? `&nbsp;<span class="note">(${escape(keepTogether(item.note))})</span>` : "";
  const tag = item.kind === "heading" ? "h2" : "p";
  return `<${tag} class="${classes.join(" ")}"${id}>${number}${change}${item.runs.map(run).join("")}${note}</${tag}>`;
}

// Set as the Word file is: Times New Roman (or its metric twins), numbers hanging in front of
// their words, holder lists never broken.
const STYLE = `
body { font-family: "Times New Roman", Tinos, "Liberation Serif", serif; font-size: 12pt; max-width: 44rem; margin: 2rem auto; line-height: 1.35; }
.cover { display: grid; grid-template-columns: 3fr 2fr; column-gap: 1rem; border-bottom: 3px solid black; padding-bottom: 0.5rem; margin-bottom: 1rem; }
.cover p { margin: 0; } .forum { font-size: 10pt; font-weight: bold; } .cover .symbol { font-size: 16pt; font-weight: bold; }
.body { font-size: 14pt; font-weight: bold; margin-top: 0.5rem !important; } .details { font-size: 10pt; margin-top: 0.5rem !important; }
.notice { font-weight: bold; }
h1 { font-size: 14pt; margin: 1.5rem 0 1rem 2.5rem; } .revision { margin-left: 2.5rem; }
p { text-align: justify; margin: 0 0 0.5rem; }
p.level-1 { margin-left: 2.5rem; } p.level-2 { margin-left: 5rem; }
p.preambular:not(.numbered) { text-indent: 2.5rem; }
p.numbered { padding-left: var(--hang); text-indent: calc(-1 * var(--hang)); }
/* The space after the number stays for readers of the plain text; the hanging indent is the gap. */
.number { font-weight: bold; display: inline-block; min-width: var(--hang); margin-right: -0.25em; text-indent: 0; }
.holders { font-size: 0.7em; color: #444; white-space: nowrap; }
.deletion-proposal { font-size: 0.8em; font-weight: bold; color: #a11; }
.note { font-style: italic; color: #444; }
ins { text-decoration: underline; color: #05612a; } del { text-decoration: line-through; color: #a11; }
.change { font-weight: bold; }
`;

function coverBlock(document: ExportDocument): string {
  const cover = coverOf(document.heading);
  const details = [cover.distribution, cover.date, cover.original].map((line) => `${escape(line)}<br>`).join("");
  return `<div class="cover">
<p class="forum">${escape(FORUM)}</p><p class="symbol">${escape(cover.symbol)}</p>
<p class="body">${escape(cover.body ?? "")}</p><p class="details">${details}</p>
</div>
${cover.meeting ? `<p class="meeting">${escape(cover.meeting)}</p>` : ""}
${cover.notices.map((notice) => `<p class="notice">${escape(notice)}</p>`).join("\n")}`;
}

export function renderHtml(document: ExportDocument): string {
  const { heading } = document;
  const widest = Math.max(
    0,
    ...document.paragraphs.map((item) => (item.number ? timesWidth(item.number, "bold", 12) : 0)),
  );
  const hang = `${Math.max(2.5, Math.ceil(((widest + 6) / 12) * 4) / 4)}em`;
  return `<!doctype html>
<html lang="${escape(heading.language)}">
<head><meta charset="utf-8"><title>${escape(coverOf(heading).runningHeader)} — ${escape(heading.title)}</title><style>${STYLE}</style></head>
<body style="--hang: ${hang}">
<header>${coverBlock(document)}
<h1>${escape(heading.title)}</h1>${heading.revision ? `<p class="revision">${escape(heading.revision)}</p>` : ""}</header>
<main>
${document.paragraphs.map(paragraph).join("\n")}
</main>
</body>
</html>
`;
}
