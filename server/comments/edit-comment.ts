import type { CommentBody } from "../../lib/api/comments";
import { ForbiddenError, ThreadNotFoundError } from "../../lib/api/errors";
import type { Thread } from "../../lib/comments/thread";
import { recordAudit } from "../audit/record-audit";
import type { SessionUser } from "../../lib/auth/session-user";
import type { Database } from "../db/client";
import { isUuid } from "../db/uuid";
import { announceThreadChange } from "./thread-events";
import { can } from "../../lib/policy/can";
import { findThreadRow, toThreadView } from "./thread-view";

/** Only the author edits a comment; the time of the edit is shown to everyone. */
export async function editComment(
  db: Database,
  editor: SessionUser,
  commentId: string,
  { body }: CommentBody,
): Promise<Thread> {
  const comment = isUuid(commentId)
    ? await db.comment.findUnique({ where: { id: commentId }, include: { thread: true } })
    : null;
  if (!comment || !can(editor, "see-thread", comment.thread)) throw new ThreadNotFoundError();
  if (comment.authorId !== editor.id) throw new ForbiddenError("comment");

  await db.comment.update({ where: { id: commentId }, data: { body, editedAt: new Date() } });
  await recordAudit(db, {
    actorId: editor.id,
    action: "comment.edit",
    documentId: comment.thread.documentId,
    details: { threadId: comment.threadId, commentId },
  });
  await announceThreadChange(db, comment.thread.documentId, comment.threadId);
  return toThreadView((await findThreadRow(db, comment.threadId))!, editor);
}
