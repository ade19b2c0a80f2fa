"use client";

// The secretariat's "Manage draft" panel on the draft page: the title, the tabled symbol, the
// stage and the meeting, saved together; then closing (read-only for everyone) and archiving (out
// of the list), each asked first because everyone in the room feels it at once.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { DOCUMENT_STAGES, type UpdateDraftBody } from "@/lib/api/documents";
import { STAGE_LABELS } from "@/lib/forum/labels";
import { ConfirmDialog } from "../../revisions/ConfirmDialog";
import { updateDraft } from "./manage-draft-api";
import "../../forms.css";
import "./manage-draft.css";

export interface ManagedDraft {
  id: string;
  title: string;
  /** The symbol it was tabled with: revisions add "/Rev.N" to it. */
  symbol: string;
  stage: string;
  meeting: string | null;
  closed: boolean;
  archived: boolean;
}

type Act = "close" | "archive";

const ACTS: Record<Act, { title: string; confirm: string; busy: string; change: Partial<UpdateDraftBody> }> = {
  close: { title: "Close this draft?", confirm: "Close the draft", busy: "Closing…", change: { closed: true } },
  archive: {
    title: "Archive this draft?",
    confirm: "Archive the draft",
    busy: "Archiving…",
    change: { archived: true },
  },
};

export function ManageDraft({ draft }: { draft: ManagedDraft }) {
  const router = useRouter();
  const [fields, setFields] = useState({
    title: draft.title,
    symbol: draft.symbol,
    stage: draft.stage,
    meeting: draft.meeting ?? "",
  });
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [asking, setAsking] = useState<Act | null>(null);

  const send = async (changes: Partial<UpdateDraftBody>, saidWhenDone: string): Promise<boolean> => {
    setBusy(true);
    setProblem(null);
    setDone(null);
    try {
      await updateDraft(draft.id, changes);
      setDone(saidWhenDone);
      router.refresh();
      return true;
    } catch (error) {
      setProblem((error as Error).message);
      return false;
    } finally {
      setBusy(false);
    }
  };

  const save = () => {
    const changes: Partial<UpdateDraftBody> = {};
    if (fields.title.trim() !== draft.title) changes.title = fields.title;
    if (fields.symbol.trim() !== draft.symbol) changes.symbol = fields.symbol;
    if (fields.stage !== draft.stage) changes.stage = fields.stage as UpdateDraftBody["stage"];
    if (fields.meeting.trim() !== (draft.meeting ?? "")) changes.meeting = fields.meeting;
    if (Object.keys(changes).length === 0) {
      setProblem(null);
      setDone("Nothing to save: the draft already reads so.");
      return;
    }
    void send(changes, "Saved. Everyone who opens the draft now sees it so.");
  };

  const field = (name: keyof typeof fields) => ({
    id: `manage-${name}`,
    value: fields[name],
    disabled: busy,
    onChange: (event: { target: { value: string } }) => setFields({ ...fields, [name]: event.target.value }),
  });

  return (
    <details className="manage-draft">
      <summary>Manage draft</summary>
      <form
        className="manage-fields"
        onSubmit={(event) => {
          event.preventDefault();
          save();
        }}
      >
        <div className="field manage-title">
          <label htmlFor="manage-title">Title</label>
          <input {...field("title")} maxLength={300} required />
        </div>
        <div className="field">
          <label htmlFor="manage-symbol">Symbol</label>
          <input {...field("symbol")} maxLength={60} required aria-describedby="manage-symbol-hint" />
          <p className="form-hint" id="manage-symbol-hint">
            As tabled; each revision adds /Rev.N to it.
          </p>
        </div>
        <div className="field">
          <label htmlFor="manage-stage">Stage</label>
          <select {...field("stage")}>
            {DOCUMENT_STAGES.map((stage) => (
              <option key={stage} value={stage}>
                {STAGE_LABELS[stage]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="manage-meeting">Meeting</label>
          <input {...field("meeting")} maxLength={200} placeholder="SWG, 13–14 September 2022" />
        </div>
        <div className="form-actions">
          <button type="submit" disabled={busy}>
            {busy && !asking ? "Saving…" : "Save changes"}
          </button>
        </div>
      </form>

      <div className="manage-acts">
        {draft.closed ? (
          <button
            type="button"
            className="secondary"
            disabled={busy}
            onClick={() => void send({ closed: false }, "Reopened: delegations can edit the text again.")}
          >
            Reopen the draft
          </button>
        ) : (
          <button type="button" className="secondary" disabled={busy} onClick={() => setAsking("close")}>
            Close the draft…
          </button>
        )}
        {draft.archived ? (
          <button
            type="button"
            className="secondary"
            disabled={busy}
            onClick={() => void send({ archived: false }, "Restored: the draft is back in the list of drafts.")}
          >
            Restore from the archive
          </button>
        ) : (
          <button type="button" className="secondary" disabled={busy} onClick={() => setAsking("archive")}>
            Archive the draft…
          </button>
        )}
      </div>
      {done && (
        <p className="manage-done" role="status">
          {done}
        </p>
      )}
      {problem && !asking && (
        <p className="form-problem" role="alert">
          {problem}
        </p>
      )}

      <ConfirmDialog
        open={asking !== null}
        title={asking ? ACTS[asking].title : ""}
        confirmLabel={asking ? ACTS[asking].confirm : ""}
        busyLabel={asking ? ACTS[asking].busy : ""}
        busy={busy}
        problem={problem}
        onConfirm={() => {
          if (!asking) return;
          const act = asking;
          void send(
            ACTS[act].change,
            act === "close"
              ? "Closed: the draft is read-only for everyone."
              : "Archived: the draft is out of the list of drafts.",
          ).then((ok) => ok && setAsking(null));
        }}
        onClose={() => {
          setAsking(null);
          setProblem(null);
        }}
      >
        {asking === "close" ? (
          <ul>
            <li>Nobody can change the text any more: every open editor turns read-only at once.</li>
            <li>Everyone can still read it, comment history and revisions included, and export it.</li>
            <li>You can reopen it later; closing and reopening are kept in the audit log.</li>
          </ul>
        ) : (
          <ul>
            <li>The draft leaves the list of drafts; it stays readable under “Archived drafts”.</li>
            <li>Its text, history and revisions are kept as they are.</li>
            <li>You can restore it to the list later.</li>
          </ul>
        )}
      </ConfirmDialog>
    </details>
  );
}
