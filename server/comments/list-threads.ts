// The threads of a draft that the viewer may see, oldest first (the browser orders them by
// their place in the text, which only the live text knows).
import type { Thread } from "../../lib/comments/thread";
import type { SessionUser } from "../../lib/auth/session-user";
import type { Database } from "../db/client";
import { getDocument } from "../documents/get-document";
import { delegationOf } from "../../lib/auth/delegation";
import { threadInclude, toThreadView } from "./thread-view";

export async function listThreads(db: Database, viewer: SessionUser, documentId: string): Promise<Thread[]> {
  await getDocument(db, viewer, documentId); // the draft exists and the viewer may read it
  const own = delegationOf(viewer);
  const rows = await db.commentThread.findMany({
    where: {
      documentId,
      // Filtered in the query: internal threads of others are never even read for this viewer.
      OR: [{ visibility: "PUBLIC" }, ...(own ? [{ visibility: "INTERNAL" as const, delegation: own }] : [])],
    },
    orderBy: { createdAt: "asc" },
    include: threadInclude,
  });
  return rows.map((row) => toThreadView(row, viewer));
}
