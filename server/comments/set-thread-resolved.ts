import type { Thread } from "../../lib/comments/thread";
import { recordAudit } from "../audit/record-audit";
import type { SessionUser } from "../../lib/auth/session-user";
import type { Database } from "../db/client";
import { ForbiddenError, ThreadNotFoundError } from "../../lib/api/errors";
import { announceThreadChange } from "./thread-events";
import { can } from "../../lib/policy/can";
import { findThreadRow, toThreadView } from "./thread-view";

/** Resolves (or reopens) a thread: the thread's own delegation or the chair. */
export async function setThreadResolved(
  db: Database,
  actor: SessionUser,
  threadId: string,
  resolved: boolean,
): Promise<Thread> {
  const thread = await findThreadRow(db, threadId);
  if (!thread || !can(actor, "see-thread", thread)) throw new ThreadNotFoundError();
  if (!can(actor, "resolve-thread", thread)) throw new ForbiddenError("comment");
  await db.commentThread.update({
    where: { id: threadId },
    data: resolved ? { resolvedAt: new Date(), resolvedById: actor.id } : { resolvedAt: null, resolvedById: null },
  });
  await recordAudit(db, {
    actorId: actor.id,
    action: resolved ? "thread.resolve" : "thread.reopen",
    documentId: thread.documentId,
    details: { threadId },
  });
  await announceThreadChange(db, thread.documentId, threadId);
  return toThreadView((await findThreadRow(db, threadId))!, actor);
}
