"use client";

// One thread in the panel: whose it is, who sees it, the words it is about, the comments, and
// what the viewer may do (reply, edit their own words, resolve or reopen).
import { useId, useState, type FormEvent, type KeyboardEvent, type Ref } from "react";
import { MAX_COMMENT_LENGTH, type Thread, type ThreadComment } from "@/lib/comments/thread";
import type { ThreadPlacement } from "@/lib/editor/thread-anchors";
import { CommentBody } from "./CommentBody";
import { DelegationChip } from "./DelegationChip";
import { describeError, threadsApi } from "./threads-api";
import "../forms.css";
import "./thread-card.css";

const WHEN = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", hour: "2-digit", minute: "2-digit" });

function when(iso: string): string {
  return WHEN.format(new Date(iso));
}

function shortQuote(quote: string): string {
  return quote.length > 60 ? `${quote.slice(0, 60)}…` : quote;
}

/** A text box with its own Save/Cancel, for replies and edits. */
function CommentForm({
  label,
  submitLabel,
  initial,
  onSubmit,
  onCancel,
  autoFocus,
  compact,
}: {
  /** One line with the button beside it (replies); grows as the delegate types. */
  compact?: boolean;
  label: string;
  submitLabel: string;
  initial: string;
  onSubmit: (body: string) => Promise<void>;
  onCancel?: () => void;
  autoFocus?: boolean;
}) {
  const id = useId();
  const [body, setBody] = useState(initial);
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
      await onSubmit(body);
      setBody("");
    } catch (error) {
      setProblem(describeError(error));
    } finally {
      setBusy(false);
    }
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void submit();
    } else if (event.key === "Escape" && onCancel) {
      event.preventDefault();
      onCancel();
    }
  };

  return (
    <form className={compact ? "thread-form compact" : "thread-form"} onSubmit={submit} onKeyDown={onKeyDown}>
      <label htmlFor={id} className="visually-hidden">
        {label}
      </label>
      <textarea
        id={id}
        value={body}
        placeholder={label}
        onChange={(event) => setBody(event.target.value)}
        maxLength={MAX_COMMENT_LENGTH}
        rows={compact && !body.includes("\n") && body.length < 40 ? 1 : 3}
        autoFocus={autoFocus}
        aria-invalid={problem ? true : undefined}
      />
      {problem && (
        <p className="form-problem" role="alert">
          {problem}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" disabled={busy}>
          {busy ? "Sending…" : submitLabel}
        </button>
        {onCancel && (
          <button type="button" className="secondary" onClick={onCancel} disabled={busy}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}

function Comment({
  comment,
  canEdit,
  onUpdated,
}: {
  comment: ThreadComment;
  canEdit: boolean;
  onUpdated: (thread: Thread) => void;
}) {
  const [editing, setEditing] = useState(false);
  return (
    <li className="comment">
      <div className="comment-meta">
        <span className="comment-author">{comment.author.name}</span>
        <time dateTime={comment.createdAt}>{when(comment.createdAt)}</time>
        {comment.editedAt && (
          <span className="comment-edited" title={`Edited ${when(comment.editedAt)}`}>
            (edited)
          </span>
        )}
      </div>
      {editing ? (
        <CommentForm
          label="Edit your comment"
          submitLabel="Save"
          initial={comment.body}
          autoFocus
          onCancel={() => setEditing(false)}
          onSubmit={async (body) => {
            onUpdated(await threadsApi.edit(comment.id, body));
            setEditing(false);
          }}
        />
      ) : (
        <>
          <CommentBody body={comment.body} />
          {canEdit && (
            <button type="button" className="link-button" onClick={() => setEditing(true)}>
              Edit<span className="visually-hidden"> your comment</span>
            </button>
          )}
        </>
      )}
    </li>
  );
}

export function ThreadCard({
  thread,
  placement,
  active,
  canComment,
  onShowInText,
  onUpdated,
  ref,
}: {
  thread: Thread;
  placement: ThreadPlacement | null;
  active: boolean;
  /** The viewer's role may comment (observers may not). */
  canComment: boolean;
  onShowInText: () => void;
  onUpdated: (thread: Thread) => void;
  ref?: Ref<HTMLElement>;
}) {
  const id = useId();
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const deleted = placement?.kind === "deleted";
  const canWrite = canComment && thread.canReply;

  const setResolved = async (resolved: boolean) => {
    setBusy(true);
    setProblem(null);
    try {
      onUpdated(await (resolved ? threadsApi.resolve(thread.id) : threadsApi.reopen(thread.id)));
    } catch (error) {
      setProblem(describeError(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <article
      ref={ref}
      className="thread"
      data-thread-id={thread.id}
      data-visibility={thread.visibility}
      data-resolved={thread.resolved ? "true" : undefined}
      data-deleted={deleted ? "true" : undefined}
      aria-current={active ? "true" : undefined}
      aria-labelledby={`${id}-title`}
      tabIndex={-1}
    >
      <h3 id={`${id}-title`} className="visually-hidden">
        {thread.visibility === "internal" ? "Internal thread" : "Thread"} of {thread.delegationName} on “
        {shortQuote(thread.quote)}”
      </h3>
      <div className="thread-head">
        <DelegationChip delegation={thread.delegation} name={thread.delegationName} />
        <span className="thread-owner">{thread.delegationName}</span>
        <span className={`badge badge-${thread.visibility}`}>
          {thread.visibility === "public" ? "Public" : "Internal"}
        </span>
        {thread.resolved && <span className="badge badge-resolved">✓ Resolved</span>}
        {deleted && <span className="badge badge-deleted">On deleted text</span>}
      </div>
      {thread.quote && (
        <blockquote className="thread-quote" aria-label="Quoted text">
          {thread.quote}
        </blockquote>
      )}
      {!deleted && placement && (
        <button type="button" className="link-button" onClick={onShowInText}>
          Show in text
        </button>
      )}
      <ol className="comments" aria-label="Comments">
        {thread.comments.map((comment) => (
          <Comment key={comment.id} comment={comment} canEdit={canWrite && comment.mine} onUpdated={onUpdated} />
        ))}
      </ol>
      {thread.resolved && (
        <p className="thread-resolved-note">
          Resolved{thread.resolvedBy ? ` by ${thread.resolvedBy.name}` : ""}
          {thread.resolvedAt ? `, ${when(thread.resolvedAt)}` : ""}.
        </p>
      )}
      {canWrite && !thread.resolved && (
        <CommentForm
          label="Reply"
          submitLabel="Reply"
          initial=""
          compact
          onSubmit={async (body) => onUpdated(await threadsApi.reply(thread.id, body))}
        />
      )}
      {canComment && thread.canResolve && (
        <div className="thread-actions">
          <button
            type="button"
            className="secondary"
            disabled={busy}
            onClick={() => void setResolved(!thread.resolved)}
          >
            {thread.resolved ? "Reopen" : "Resolve"}
          </button>
        </div>
      )}
      {problem && (
        <p className="form-problem" role="alert">
          {problem}
        </p>
      )}
    </article>
  );
}
