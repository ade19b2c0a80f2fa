// The record of negotiation as one self-contained HTML page (inline styles, no scripts), for the
// archive and for reading in any browser. Everything typed — words, comments, names — is escaped.
import type { Run } from "./export-document";
import type { BracketHistory } from "./record-bracket-history";
import { describeBracket, heldWords, stageHeading, timeWords } from "./record-words";
import type { NegotiationRecord, RecordParagraph, RecordThread } from "./record-of-negotiation";

const escape = (text: string) =>
  text.replace(/[&<>"']/g, (char) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[char]!);

function run(item: Run): string {
  switch (item.kind) {
    case "text":
      return escape(item.text);
    case "holders":
      return `<sup class="holders">${escape(item.text)}</sup>`;
    case "deletionProposal":
      return `<span class="deletion-proposal">${escape(item.text)}</span> `;
    case "inserted":
      return `<ins>${escape(item.text)}</ins>`;
    case "deleted":
      return `<del>${escape(item.text)}</del>`;
  }
}

function bracket(history: BracketHistory): string {
  const held = history.held.map((entry) => `${escape(entry.version)}: ${escape(heldWords(history, entry))}`);
  return `<li>${escape(describeBracket(history))}<br><span class="held">${held.join("; ")}</span></li>`;
}

function thread(item: RecordThread): string {
  const state = item.resolved
    ? ` — resolved ${escape(timeWords(item.resolved.at))}${item.resolved.by ? ` by ${escape(item.resolved.by)}` : ""}`
    : "";
  const comments = item.comments.map(
    (comment) =>
      `<li><p class="by">${escape(comment.author)} (${escape(comment.delegation)}), ${escape(timeWords(comment.at))}${comment.edited ? " (edited)" : ""}</p><p class="body">${escape(comment.body)}</p></li>`,
  );
  return `<li class="thread"><p>On “${escape(item.quote)}”, opened by ${escape(item.delegation)}${state}</p><ol>${comments.join("")}</ol></li>`;
}

function paragraph(item: RecordParagraph): string {
  const stages = item.stages.map(
    (stage) =>
      `<dt>${escape(stageHeading(stage))}</dt><dd>${stage.runs.length > 0 ? stage.runs.map(run).join("") : `<span class="quiet">${stage.change === "gone" ? "No longer in the text." : "Words unchanged."}</span>`}</dd>`,
  );
  const parts = [
    `<section class="paragraph level-${item.level}" id="${escape(item.id)}">`,
    `<h3>${escape(item.title)}</h3>`,
    `<dl class="stages">${stages.join("")}</dl>`,
  ];
  if (item.statusChanges.length > 0)
    parts.push(
      `<h4>Status changes</h4><ul>${item.statusChanges.map((change) => `<li>${escape(timeWords(change.at))} — ${escape(change.words)} — ${escape(change.by)}</li>`).join("")}</ul>`,
    );
  if (item.brackets.length > 0) parts.push(`<h4>Brackets</h4><ul>${item.brackets.map(bracket).join("")}</ul>`);
  if (item.threads.length > 0) parts.push(`<h4>Comments</h4><ul>${item.threads.map(thread).join("")}</ul>`);
  parts.push("</section>");
  return parts.join("\n");
}

const STYLE = `
body { font-family: "Times New Roman", "Liberation Serif", serif; max-width: 48rem; margin: 2rem auto; line-height: 1.45; }
header { text-align: center; margin-bottom: 2rem; } .symbol { text-align: right; font-weight: bold; }
table { border-collapse: collapse; width: 100%; } th, td { border: 1px solid #999; padding: 0.2rem 0.4rem; text-align: left; vertical-align: top; }
section.paragraph { border-top: 1px solid #ccc; margin-top: 1.5rem; } section.level-1 { margin-left: 2rem; } section.level-2 { margin-left: 4rem; }
dt { font-weight: bold; margin-top: 0.5rem; } dd { margin-left: 1.5rem; }
.holders { font-size: 0.7em; color: #444; white-space: nowrap; } .deletion-proposal { font-size: 0.8em; font-weight: bold; color: #a11; }
ins { text-decoration: underline; color: #05612a; } del { text-decoration: line-through; color: #a11; }
.quiet, .held, .by { color: #555; font-size: 0.9em; } .body { white-space: pre-wrap; margin-top: 0; }
`;

export function renderRecordHtml(record: NegotiationRecord): string {
  const versions = record.versions.map(
    (version) =>
      `<tr><td>${escape(version.name)}</td><td>${escape(version.symbol)}</td><td>${escape(timeWords(version.at))}</td><td>${escape([version.label, version.meeting].filter(Boolean).join(" — "))}</td><td>${escape(version.issuedBy ?? "")}</td></tr>`,
  );
  return `<!doctype html>
<html lang="${escape(record.language)}">
<head><meta charset="utf-8"><title>Record of negotiation — ${escape(record.symbol)}</title><style>${STYLE}</style></head>
<body>
<p class="symbol">${escape(record.symbol)}</p>
<header><h1>Record of negotiation</h1><p class="title">${escape(record.title)}</p><p>Made ${escape(timeWords(record.madeAt))} from the revisions, the status history and the public comment threads.</p></header>
<h2>Revisions</h2>
<table><thead><tr><th>Revision</th><th>Symbol</th><th>Issued</th><th>Label and meeting</th><th>Issued by</th></tr></thead>
<tbody>${versions.join("")}</tbody></table>
<h2>The paragraphs</h2>
${record.paragraphs.map(paragraph).join("\n")}
${record.unplacedThreads.length > 0 ? `<h2>Comments on words no longer in the text</h2><ul>${record.unplacedThreads.map(thread).join("")}</ul>` : ""}
</body>
</html>
`;
}
