// The comment threads API: what each request must hold (parsed at the route's edge) and what it
// answers (a Thread, lib/comments/thread.ts).
//
//   GET   /api/documents/{id}/threads           → Thread[]
//   POST  /api/documents/{id}/threads           CreateThreadBody → 201 Thread
//   POST  /api/threads/{threadId}/comments      CommentBody → 201 Thread
//   PATCH /api/comments/{commentId}             CommentBody → Thread
//   POST  /api/threads/{threadId}/resolve|reopen → Thread
import { fromBase64 } from "lib0/buffer";
import { decodeRelativePosition } from "yjs";
import { z } from "zod";
import { MAX_COMMENT_LENGTH, MAX_QUOTE_LENGTH, type Anchor } from "../comments/thread";

export type { Anchor, Thread, ThreadComment } from "../comments/thread";

const ANCHOR_UNREADABLE = "The comment's anchor in the text is not readable.";

/** A Yjs relative position, base64-encoded by the browser: stored as given, but only once it decodes. */
const position = z
  .string()
  .min(1)
  .max(2000)
  .refine((value) => {
    try {
      decodeRelativePosition(fromBase64(value));
      return true;
    } catch {
      return false;
    }
  }, ANCHOR_UNREADABLE);

export const anchorSchema: z.ZodType<Anchor> = z.object({ start: position, end: position });

/** Plain text, line endings made \n and trimmed; never empty, never over the limit. */
const commentText = z
  .string()
  .transform((value) => value.replace(/\r\n?/g, "\n").trim())
  .pipe(
    z
      .string()
      .min(1, "A comment cannot be empty.")
      .max(MAX_COMMENT_LENGTH, `A comment can be at most ${MAX_COMMENT_LENGTH} characters.`),
  );

/** Opens a thread. Its delegation is never part of the request: it is the author's own. */
export const createThreadBody = z.object({
  visibility: z.enum(["public", "internal"]),
  anchor: anchorSchema,
  quote: z.string().max(MAX_QUOTE_LENGTH),
  body: commentText,
});
/** What the browser sends. */
export type CreateThreadRequest = z.input<typeof createThreadBody>;
/** What the operation receives. */
export type CreateThreadBody = z.output<typeof createThreadBody>;

export const commentBody = z.object({ body: commentText });
export type CommentRequest = z.input<typeof commentBody>;
export type CommentBody = z.output<typeof commentBody>;

export const threadParams = z.object({ threadId: z.string() });
export const commentParams = z.object({ commentId: z.string() });
