"use client";

// Opening a thread on the selected words: who may see it, the first comment, Post.
import { useId, useState, type FormEvent, type KeyboardEvent } from "react";
import { MAX_COMMENT_LENGTH, type Thread } from "@/lib/comments/thread";
import { describeError } from "./threads-api";
import "../forms.css";
import "./thread-card.css";
import "./new-thread-form.css";

export function NewThreadForm({
  quote,
  internalLabel,
  onPost,
  onCancel,
}: {
  quote: string;
  /** "Internal to Kazakhstan", "Internal to the chair" … */
  internalLabel: string;
  onPost: (visibility: Thread["visibility"], body: string) => Promise<void>;
  onCancel: () => void;
}) {
  const id = useId();
  const [visibility, setVisibility] = useState<Thread["visibility"]>("public");
  const [body, setBody] = useState("");
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const submit = async (event?: FormEvent) => {
    event?.preventDefault();
    if (busy) return;
    if (!body.trim()) {
      setProblem("Write a comment first.");
      return;
    }
    setBusy(true);
    setProblem(null);
    try {
      await onPost(visibility, body);
    } catch (error) {
      setProblem(describeError(error));
      setBusy(false);
    }
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === "Escape") {
      event.preventDefault();
      onCancel();
    } else if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void submit();
    }
  };

  return (
    <form className="thread-form new-thread" aria-labelledby={`${id}-title`} onSubmit={submit} onKeyDown={onKeyDown}>
      <h3 id={`${id}-title`}>New thread</h3>
      <blockquote className="thread-quote" aria-label="Quoted text">
        {quote}
      </blockquote>
      <fieldset className="visibility-choice">
        <legend>Who sees it</legend>
        <label>
          <input
            type="radio"
            name={`${id}-visibility`}
            value="public"
            checked={visibility === "public"}
            onChange={() => setVisibility("public")}
          />
          <span>
            <strong>Public</strong> — every delegation sees it
          </span>
        </label>
        <label>
          <input
            type="radio"
            name={`${id}-visibility`}
            value="internal"
            checked={visibility === "internal"}
            onChange={() => setVisibility("internal")}
          />
          <span>
            <strong>{internalLabel}</strong> — only our delegation sees it
          </span>
        </label>
      </fieldset>
      <label htmlFor={`${id}-body`} className="field-label">
        Comment
      </label>
      <textarea
        id={`${id}-body`}
        value={body}
        onChange={(event) => setBody(event.target.value)}
        maxLength={MAX_COMMENT_LENGTH}
        rows={4}
        autoFocus
        aria-describedby={`${id}-hint`}
        aria-invalid={problem ? true : undefined}
      />
      <p id={`${id}-hint`} className="form-hint">
        Mention a delegation with @ and its code, e.g. @RU. Ctrl+Enter posts, Esc cancels.
      </p>
      {problem && (
        <p className="form-problem" role="alert">
          {problem}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" disabled={busy}>
          {busy ? "Posting…" : "Post"}
        </button>
        <button type="button" className="secondary" onClick={onCancel} disabled={busy}>
          Cancel
        </button>
      </div>
    </form>
  );
}
