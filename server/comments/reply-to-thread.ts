import type { CommentBody } from "../../lib/api/comments";
import { ForbiddenError, ThreadNotFoundError } from "../../lib/api/errors";
import type { Thread } from "../../lib/comments/thread";
import { recordAudit } from "../audit/record-audit";
import type { SessionUser } from "../../lib/auth/session-user";
import type { Database } from "../db/client";
import { announceThreadChange } from "./thread-events";
import { can } from "../../lib/policy/can";
import { findThreadRow, toThreadView } from "./thread-view";

export async function replyToThread(
  db: Database,
  author: SessionUser,
  threadId: string,
  { body }: CommentBody,
): Promise<Thread> {
  const thread = await findThreadRow(db, threadId);
  // An internal thread of another delegation does not exist, as far as this author can tell.
  if (!thread || !can(author, "see-thread", thread)) throw new ThreadNotFoundError();
  if (!can(author, "write-in-thread", thread)) throw new ForbiddenError("comment");

  await db.comment.create({ data: { threadId, authorId: author.id, body } });
  await db.commentThread.update({ where: { id: threadId }, data: { updatedAt: new Date() } });
  await recordAudit(db, {
    actorId: author.id,
    action: "thread.reply",
    documentId: thread.documentId,
    details: { threadId },
  });
  await announceThreadChange(db, thread.documentId, threadId);
  return toThreadView((await findThreadRow(db, threadId))!, author);
}
