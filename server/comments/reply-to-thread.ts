import { commentBodySchema, type Thread } from "../../lib/comments/thread";
import { recordAudit } from "../audit/record-audit";
import type { SessionUser } from "../../lib/auth/session-user";
import type { Database } from "../db/client";
import { ForbiddenError } from "../../lib/policy/can";
import { InvalidInputError, ThreadNotFoundError } from "./errors";
import { announceThreadChange } from "./thread-events";
import { canSeeThread, canWriteIn } from "./thread-policy";
import { findThreadRow, toThreadView } from "./thread-view";

export async function replyToThread(
  db: Database,
  author: SessionUser,
  threadId: string,
  input: unknown,
): Promise<Thread> {
  const thread = await findThreadRow(db, threadId);
  // An internal thread of another delegation does not exist, as far as this author can tell.
  if (!thread || !canSeeThread(author, thread)) throw new ThreadNotFoundError();
  if (!canWriteIn(author, thread)) throw new ForbiddenError("comment");
  const parsed = commentBodySchema.safeParse(input);
  if (!parsed.success) throw new InvalidInputError(parsed.error.issues[0]?.message ?? "Invalid comment.");

  await db.comment.create({ data: { threadId, authorId: author.id, body: parsed.data.body } });
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
