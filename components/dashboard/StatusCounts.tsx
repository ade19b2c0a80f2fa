// The status figures of a draft (or of all drafts): a progress bar and a count per status, each
// with its colour, mark and word (never colour alone).
import type { DisplayStatus } from "@/lib/negotiation";
import type { ParagraphCounts } from "@/lib/negotiation/dashboard";
import "./status-counts.css";

export const STATUS_WORDS: Record<DisplayStatus, { word: string; mark: string }> = {
  agreed: { word: "Agreed", mark: "✓" },
  agreed_ad_ref: { word: "Agreed ad ref", mark: "◐" },
  bracketed: { word: "Bracketed", mark: "[ ]" },
  open: { word: "Open", mark: "○" },
  deleted: { word: "Deleted", mark: "—" },
};

const ORDER: DisplayStatus[] = ["agreed", "agreed_ad_ref", "bracketed", "open", "deleted"];

/**
 * What the figures count, said the same way wherever paragraphs are counted (the dashboards, the
 * history): "28 paragraphs (33 with sub-paragraphs)".
 */
export function paragraphTotalWords({ total, subParagraphs }: Pick<ParagraphCounts, "total" | "subParagraphs">) {
  const paragraphs = `${total} paragraph${total === 1 ? "" : "s"}`;
  return subParagraphs > 0 ? `${paragraphs} (${total + subParagraphs} with sub-paragraphs)` : paragraphs;
}

export function StatusCounts({ counts, total, subParagraphs }: ParagraphCounts) {
  const live = total - counts.deleted;
  const done = counts.agreed + counts.agreed_ad_ref;
  return (
    <div className="status-summary">
      <div
        className="progress"
        role="progressbar"
        aria-label="Paragraphs agreed"
        aria-valuemin={0}
        aria-valuemax={live}
        aria-valuenow={done}
        aria-valuetext={`${done} of ${live} paragraphs agreed or agreed ad ref`}
      >
        {ORDER.filter((status) => status !== "deleted" && counts[status] > 0).map((status) => (
          <span
            key={status}
            className={`progress-part progress-part--${status}`}
            style={{ width: `${(100 * counts[status]) / Math.max(live, 1)}%` }}
          />
        ))}
      </div>
      <p className="progress-words paragraph-total">{paragraphTotalWords({ total, subParagraphs })}</p>
      <p className="progress-words">
        {done} of {live} paragraph{live === 1 ? "" : "s"} agreed
        {counts.agreed_ad_ref > 0 ? ` (${counts.agreed_ad_ref} ad ref)` : ""}
      </p>
      <dl className="status-counts">
        {ORDER.map((status) => (
          <div key={status} className={`status-count status-count--${status}`} data-status={status}>
            <dt>
              <span aria-hidden="true" className="status-mark">
                {STATUS_WORDS[status].mark}
              </span>{" "}
              {STATUS_WORDS[status].word}
            </dt>
            <dd>{counts[status]}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
