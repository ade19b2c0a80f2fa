// A thread as one viewer may see it: the API's and the live channel's shape.
import type { Thread } from "../../lib/comments/thread";
import { MEMBER_STATES } from "../../lib/forum/member-states";
import type { SessionUser } from "../../lib/auth/session-user";
import type { Database } from "../db/client";
import { isUuid } from "../db/uuid";
import { delegationOf } from "../../lib/auth/delegation";
import { can } from "../../lib/policy/can";

export const threadInclude = {
  resolvedBy: { select: { name: true } },
  comments: {
    orderBy: { createdAt: "asc" },
    include: { author: { select: { id: true, name: true, role: true, memberStateCode: true } } },
  },
} as const;

export type ThreadRow = NonNullable<Awaited<ReturnType<typeof findThreadRow>>>;

export async function findThreadRow(db: Database, threadId: string) {
  if (!isUuid(threadId)) return null;
  return db.commentThread.findUnique({ where: { id: threadId }, include: threadInclude });
}

const STATE_NAMES = new Map<string, string>(MEMBER_STATES.map((state) => [state.code, state.name]));

export function delegationName(delegation: string): string {
  if (delegation === "CHAIR") return "Chair";
  if (delegation === "SECRETARIAT") return "Secretariat";
  return STATE_NAMES.get(delegation) ?? delegation;
}

export function toThreadView(row: ThreadRow, viewer: SessionUser): Thread {
  const facts = { delegation: row.delegation, visibility: row.visibility };
  return {
    id: row.id,
    documentId: row.documentId,
    delegation: row.delegation,
    delegationName: delegationName(row.delegation),
    visibility: row.visibility === "PUBLIC" ? "public" : "internal",
    anchor: { start: row.anchorStart, end: row.anchorEnd },
    quote: row.quote,
    resolved: row.resolvedAt !== null,
    resolvedAt: row.resolvedAt?.toISOString() ?? null,
    resolvedBy: row.resolvedBy ? { name: row.resolvedBy.name } : null,
    createdAt: row.createdAt.toISOString(),
    comments: row.comments.map((comment) => ({
      id: comment.id,
      author: { id: comment.author.id, name: comment.author.name, delegation: delegationOf(comment.author) ?? "" },
      body: comment.body,
      createdAt: comment.createdAt.toISOString(),
      editedAt: comment.editedAt?.toISOString() ?? null,
      mine: comment.author.id === viewer.id,
    })),
    canReply: can(viewer, "write-in-thread", facts),
    canResolve: can(viewer, "resolve-thread", facts),
  };
}
