// The comparison in figures, first thing on the page: how many paragraphs changed, were inserted,
// deleted or moved, and how many changed status or brackets — or that nothing differs.
import type { ComparisonSummary as Summary } from "@/lib/revisions";
import "./comparison-head.css";

const FIGURES: { key: keyof Summary; one: string; many: string }[] = [
  { key: "changed", one: "changed", many: "changed" },
  { key: "inserted", one: "inserted", many: "inserted" },
  { key: "deleted", one: "deleted", many: "deleted" },
  { key: "moved", one: "moved", many: "moved" },
  { key: "statusChanged", one: "status change", many: "status changes" },
  { key: "bracketsChanged", one: "bracket change", many: "bracket changes" },
  { key: "renumbered", one: "renumbered", many: "renumbered" },
];

export function ComparisonSummary({ summary }: { summary: Summary }) {
  const differences = summary.changed + summary.inserted + summary.deleted + summary.moved + summary.renumbered;
  return (
    <section className="cmp-summary" aria-labelledby="cmp-summary-title">
      <h2 id="cmp-summary-title">Summary</h2>
      {differences === 0 ? (
        <p className="cmp-same" role="status">
          No differences: the two texts are the same, paragraph for paragraph.
        </p>
      ) : (
        <ul className="cmp-figures">
          {FIGURES.map(({ key, one, many }) => (
            <li key={key} data-figure={key} data-zero={summary[key] === 0 || undefined}>
              <strong>{summary[key]}</strong> {summary[key] === 1 ? one : many}
            </li>
          ))}
          <li data-figure="unchanged" className="quiet">
            {summary.unchanged} unchanged
          </li>
        </ul>
      )}
    </section>
  );
}
