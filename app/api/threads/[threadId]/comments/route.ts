import { commentBody, threadParams } from "@/lib/api/comments";
import { replyToThread } from "@/server/comments/reply-to-thread";
import { db } from "@/server/db/client";
import { route } from "@/server/http/route";

/** Replies to a thread: { body } → 201 with the whole thread. */
export const POST = route({ params: threadParams, body: commentBody, status: 201 }, ({ user, params, body }) =>
  replyToThread(db(), user, params.threadId, body),
);
