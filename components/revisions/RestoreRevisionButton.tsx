"use client";

// "Restore" on one entry of the history (chair and secretariat): the confirmation says what will
// happen before anything does — the old text comes back as a new change on top of the live one,
// everyone connected sees it at once, and the text as it stands is kept as a checkpoint.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { ConfirmDialog } from "./ConfirmDialog";
import { revisionsApi } from "./revisions-api";
import "./history.css";

export function RestoreRevisionButton({
  documentId,
  revisionRef,
  name,
  description,
}: {
  documentId: string;
  /** What the API calls it: "Rev.2", or a checkpoint's id. */
  revisionRef: string;
  /** "Rev.2" or "the checkpoint of 13 Sept 2026, 10:04 UTC", for the sentences below. */
  name: string;
  /** Its symbol and date, so that nobody restores the wrong one. */
  description: string;
}) {
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);

  const restore = async () => {
    setBusy(true);
    setProblem(null);
    try {
      const { changed } = await revisionsApi.restore(documentId, revisionRef);
      setDone(
        changed
          ? `Restored: the live text is the text of ${name} again. What it replaced is kept as a checkpoint.`
          : `The live text already was the text of ${name}: nothing changed.`,
      );
      setConfirming(false);
      router.refresh();
    } catch (error) {
      setProblem(`${name} was not restored. ${(error as Error).message}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <button
        type="button"
        className="secondary small"
        onClick={() => {
          setDone(null);
          setProblem(null);
          setConfirming(true);
        }}
      >
        Restore…
      </button>
      {done && (
        <p className="restored-note" role="status">
          {done}
        </p>
      )}
      <ConfirmDialog
        open={confirming}
        title={`Restore ${name}?`}
        confirmLabel={`Restore ${name}`}
        busyLabel={`Restoring ${name}…`}
        busy={busy}
        problem={problem}
        onConfirm={() => void restore()}
        onClose={() => setConfirming(false)}
      >
        <p className="symbol">{description}</p>
        <ul>
          <li>
            The text of {name} — its paragraphs, numbers and statuses — comes back as a new change on top of the live
            text.
          </li>
          <li>Everyone who has the draft open sees it at once, and can go on editing from there.</li>
          <li>The text as it stands now is kept as a checkpoint, so nothing in the history is lost.</li>
        </ul>
      </ConfirmDialog>
    </>
  );
}
