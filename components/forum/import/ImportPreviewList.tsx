// What an import will make, before it is made: every warning in words, then the paragraphs as
// Concord will number them (PP1, OP1, OP1 (a)), headings as headings, holders after their
// brackets as the file named them.
import type { ImportPreview } from "@/lib/api/documents";

export function ImportPreviewList({ preview }: { preview: ImportPreview }) {
  return (
    <section className="import-preview" aria-labelledby="import-preview-title">
      <h2 id="import-preview-title">Preview: {preview.paragraphs.length} paragraphs</h2>
      {preview.title && (
        <p className="import-preview-title">
          Title found: <strong>{preview.title}</strong>
        </p>
      )}
      {preview.warnings.length === 0 ? (
        <p className="import-preview-clean">Everything in the document comes in.</p>
      ) : (
        <div className="import-warnings" role="status">
          <h3>{preview.warnings.length === 1 ? "1 thing to check" : `${preview.warnings.length} things to check`}</h3>
          <ul>
            {preview.warnings.map((warning, index) => (
              <li key={index}>{warning.message}</li>
            ))}
          </ul>
        </div>
      )}
      <ol className="import-paragraphs">
        {preview.paragraphs.map((paragraph, index) =>
          paragraph.kind === "heading" ? (
            <li key={index} className="import-heading">
              {paragraph.text}
            </li>
          ) : (
            <li key={index} className={`import-paragraph level-${paragraph.level}`} data-kind={paragraph.kind}>
              <span className="import-number">{paragraph.number}</span>
              <span className="import-text">
                {paragraph.text}
                {paragraph.held.length > 0 && (
                  <span className="import-held">
                    {" "}
                    — held: {paragraph.held.map((held) => `[${held.text}] ${held.states.join(", ")}`).join("; ")}
                  </span>
                )}
              </span>
            </li>
          ),
        )}
      </ol>
    </section>
  );
}
