// Opens a thread on a stretch of text, with its first comment. The thread's delegation is the
// author's own, from the session: nobody opens a thread in another state's name.
import type { CreateThreadBody } from "../../lib/api/comments";
import { ForbiddenError } from "../../lib/api/errors";
import type { Thread } from "../../lib/comments/thread";
import { recordAudit } from "../audit/record-audit";
import type { SessionUser } from "../../lib/auth/session-user";
import type { Database } from "../db/client";
import { getDocument } from "../documents/get-document";
import { announceThreadChange } from "./thread-events";
import { delegationOf } from "../../lib/auth/delegation";
import { can } from "../../lib/policy/can";
import { threadInclude, toThreadView } from "./thread-view";

export async function createThread(
  db: Database,
  author: SessionUser,
  documentId: string,
  { visibility, anchor, quote, body }: CreateThreadBody,
): Promise<Thread> {
  await getDocument(db, author, documentId);
  const delegation = delegationOf(author);
  const facts = {
    delegation: delegation ?? "",
    visibility: visibility === "public" ? ("PUBLIC" as const) : ("INTERNAL" as const),
  };
  if (!delegation || !can(author, "write-in-thread", facts)) throw new ForbiddenError("comment");

  const row = await db.commentThread.create({
    data: {
      documentId,
      delegation,
      visibility: facts.visibility,
      anchorStart: anchor.start,
      anchorEnd: anchor.end,
      quote,
      createdById: author.id,
      comments: { create: { authorId: author.id, body } },
    },
    include: threadInclude,
  });
  await recordAudit(db, {
    actorId: author.id,
    action: "thread.create",
    documentId,
    details: { threadId: row.id, visibility },
  });
  await announceThreadChange(db, documentId, row.id);
  return toThreadView(row, author);
}
