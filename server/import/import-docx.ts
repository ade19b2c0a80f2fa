// A Word document (.docx) in, a draft's text out: checked (docx-package.ts), read (read-docx.ts,
// mammoth plus Word numbering), sorted into the draft's paragraphs (classify.ts), and numbered
// as Concord will number them (the draft model, lib/draft/read-paragraphs.ts) so that the
// preview and every warning name paragraphs by the numbers the room will use.
import type { ImportPreview, ImportPreviewParagraph, ImportWarning } from "../../lib/api/documents";
import type { DraftParagraph } from "../../lib/draft/content";
import { paragraphsOfJSON } from "../../lib/draft/read-paragraphs";
import { draftToProseMirror } from "../../lib/editor/draft-to-prosemirror";
import { classify, type PendingWarning } from "./classify";
import { openDocxPackage } from "./docx-package";
import { ImportError } from "./import-error";
import { readDocx } from "./read-docx";

export interface ImportedText extends ImportPreview {
  /** The paragraphs as a draft stores them (lib/draft/content.ts). */
  content: DraftParagraph[];
}

/** The draft's paragraphs flattened as the draft model reads them: paragraph, (a), (i) … */
function flatten(paragraphs: readonly DraftParagraph[]) {
  return paragraphs.flatMap((paragraph) => [
    {
      text: paragraph.text,
      brackets: paragraph.brackets,
      alternatives: paragraph.alternatives,
      marks: paragraph.marks,
    },
    ...paragraph.items.flatMap((item) => [
      { text: item.text, brackets: item.brackets, alternatives: item.alternatives ?? [], marks: item.marks },
      ...(item.items ?? []).map((sub) => ({
        text: sub.text,
        brackets: sub.brackets,
        alternatives: sub.alternatives ?? [],
        marks: sub.marks,
      })),
    ]),
  ]);
}

/** The paragraphs as Concord will number them once the draft is created. */
export function previewParagraphs(paragraphs: readonly DraftParagraph[]): ImportPreviewParagraph[] {
  const read = paragraphsOfJSON(
    draftToProseMirror({
      title: "preview",
      symbol: "preview",
      kind: "STATEMENT",
      stage: "DRAFTING",
      language: "en",
      tabledBy: [],
      paragraphs: [...paragraphs],
    }),
  );
  const flat = flatten(paragraphs);
  return read.map((paragraph, index) => ({
    number: paragraph.number.ref,
    kind: paragraph.kind,
    level: paragraph.level,
    text: paragraph.text,
    held: [
      ...(flat[index]?.brackets ?? []).map((bracket) => ({ text: bracket.text, states: bracket.states })),
      ...(flat[index]?.alternatives ?? []).map((alternative) => ({
        text: `${alternative.label}: ${alternative.text}`,
        states: alternative.states,
      })),
    ],
    marks: flat[index]?.marks ?? [],
  }));
}

function inWords(warning: PendingWarning, preview: readonly ImportPreviewParagraph[]): ImportWarning {
  const paragraph = warning.at === null ? undefined : preview[warning.at];
  const file = warning.source === null ? null : `paragraph ${warning.source} of the file`;
  const quoted = warning.excerpt ? `“${warning.excerpt}”` : null;
  let subject: string;
  if (!paragraph) subject = [file ? `At ${file}` : "At the start of the file", quoted].filter(Boolean).join(", ");
  else if (paragraph.number)
    subject = `${paragraph.number} (${[file, quoted ?? `“${paragraph.text.slice(0, 40)}…”`].filter(Boolean).join(", ")})`;
  else subject = `The heading “${paragraph.text.slice(0, 60)}”${file ? ` (${file})` : ""}`;
  return {
    paragraph: paragraph?.number ?? null,
    source: warning.source,
    message: `${subject}: ${warning.what}.`,
  };
}

/** Reads a .docx into a draft's text; refuses, naming the problem, anything that is not one. */
export async function importDocx(bytes: Buffer): Promise<ImportedText> {
  const pkg = openDocxPackage(bytes);
  const document = await readDocx(pkg);
  const classified = classify(document);
  if (classified.paragraphs.length === 0)
    throw new ImportError(
      classified.title
        ? `The document has a title (“${classified.title.slice(0, 80)}”) but no paragraphs to negotiate. Import a document with its text.`
        : "The document is empty: it has no text to import.",
      "empty",
    );
  const paragraphs = previewParagraphs(classified.paragraphs);
  return {
    title: classified.title,
    paragraphs,
    warnings: classified.warnings.map((warning) => inWords(warning, paragraphs)),
    content: classified.paragraphs,
  };
}
