// What a comparison compares, before anything else: each side's name, symbol, label and
// meeting, and when it stood — so that nobody reads a comparison against the wrong revision.
import type { RevisionComparison } from "@/lib/api/revisions";
import { CreatedBy } from "./CreatedBy";
import { textName } from "./text-names";
import { When } from "./When";
import "./comparison-head.css";
import "./revision-names.css";

function Side({ role, side }: { role: string; side: RevisionComparison["from"] }) {
  const { revision } = side;
  return (
    <div className="cmp-side-card" data-side={role.toLowerCase()}>
      <dt>{role}</dt>
      <dd>
        <strong className="cmp-side-name">{textName(revision)}</strong>
        {revision?.label && <span className="revision-label">{revision.label}</span>}
        <span className="symbol">{side.document.symbol}</span>
        {revision?.meeting && <span>After: {revision.meeting}</span>}
        <span>
          {revision ? (
            <>
              {revision.kind === "revision" ? "Issued" : "Taken"}{" "}
              {revision.createdBy && (
                <>
                  by <CreatedBy by={revision.createdBy} />{" "}
                </>
              )}
              <When at={side.at} />
            </>
          ) : (
            <>
              As it stands, <When at={side.at} />
            </>
          )}
        </span>
      </dd>
    </div>
  );
}

export function ComparisonHeader({ from, to }: { from: RevisionComparison["from"]; to: RevisionComparison["to"] }) {
  return (
    <dl className="cmp-header" aria-label="Texts compared">
      <Side role="From" side={from} />
      <p className="cmp-arrow" aria-hidden="true">
        →
      </p>
      <Side role="To" side={to} />
    </dl>
  );
}
