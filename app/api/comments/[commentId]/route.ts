import { commentBody, commentParams } from "@/lib/api/comments";
import { editComment } from "@/server/comments/edit-comment";
import { db } from "@/server/db/client";
import { route } from "@/server/http/route";

/** Edits one's own comment: { body }. Answers the whole thread. */
export const PATCH = route({ params: commentParams, body: commentBody }, ({ user, params, body }) =>
  editComment(db(), user, params.commentId, body),
);
