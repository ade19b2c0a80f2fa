"use client";

// The chair's and the secretariat's "Issue revision": the label and the meeting that produced the
// text, then a confirmation that names the new symbol, because issuing cannot be undone — the
// revision is kept as it is for good and its numbers become the base for "bis" numbers.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { ConfirmDialog } from "./ConfirmDialog";
import { revisionsApi } from "./revisions-api";
import "../forms.css";
import "./history.css";
import "./revision-names.css";

export function IssueRevisionForm({
  documentId,
  nextName,
  nextSymbol,
}: {
  documentId: string;
  /** "Rev.3": what the next revision will be called, as far as this page knows. */
  nextName: string;
  nextSymbol: string;
}) {
  const router = useRouter();
  const [label, setLabel] = useState("");
  const [meeting, setMeeting] = useState("");
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [issued, setIssued] = useState<string | null>(null);

  const issue = async () => {
    setBusy(true);
    setProblem(null);
    try {
      const revision = await revisionsApi.issue(documentId, { label, meeting });
      setIssued(`${revision.name} issued: the draft is now ${revision.symbol}.`);
      setLabel("");
      setMeeting("");
      setConfirming(false);
      router.refresh();
    } catch (error) {
      setProblem(`${nextName} was not issued. ${(error as Error).message}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="issue-revision" aria-labelledby="issue-revision-title">
      <h2 id="issue-revision-title">Issue a revision</h2>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          setIssued(null);
          setProblem(null);
          setConfirming(true);
        }}
      >
        <div className="issue-fields">
          <div className="field">
            <label htmlFor="revision-label">Label</label>
            <input
              id="revision-label"
              value={label}
              maxLength={200}
              placeholder="Chair's text after the second reading"
              onChange={(event) => setLabel(event.target.value)}
            />
          </div>
          <div className="field">
            <label htmlFor="revision-meeting">Meeting that produced it</label>
            <input
              id="revision-meeting"
              value={meeting}
              maxLength={200}
              placeholder="SWG, 13–14 September 2022"
              onChange={(event) => setMeeting(event.target.value)}
            />
          </div>
        </div>
        <button type="submit">Issue {nextName}…</button>
        <p className="form-hint">Both are optional; they appear in the history and on the cover of exports.</p>
      </form>
      {issued && (
        <p className="issued-note" role="status">
          {issued}
        </p>
      )}
      <ConfirmDialog
        open={confirming}
        title={`Issue ${nextSymbol}?`}
        confirmLabel={`Issue ${nextName}`}
        busyLabel={`Issuing ${nextName}…`}
        busy={busy}
        problem={problem}
        onConfirm={() => void issue()}
        onClose={() => setConfirming(false)}
      >
        <p>
          The text as it stands now becomes <strong>{nextName}</strong>
          {label ? <> — “{label}”</> : null}
          {meeting ? <>, after {meeting}</> : null}. The draft&apos;s symbol becomes <strong>{nextSymbol}</strong>.
        </p>
        <p>
          Its paragraph numbers become the base of the next round: a paragraph inserted from now on is numbered “bis”. A
          revision is kept exactly as issued; it cannot be changed or withdrawn.
        </p>
      </ConfirmDialog>
    </section>
  );
}
