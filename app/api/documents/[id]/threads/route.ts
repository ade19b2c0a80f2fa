import { createThreadBody } from "@/lib/api/comments";
import { documentParams } from "@/lib/api/parse";
import { createThread } from "@/server/comments/create-thread";
import { listThreads } from "@/server/comments/list-threads";
import { db } from "@/server/db/client";
import { route } from "@/server/http/route";

/** The draft's threads the viewer may see. */
export const GET = route({ params: documentParams }, ({ user, params }) => listThreads(db(), user, params.id));

/** Opens a thread: { visibility, anchor: { start, end }, quote, body } → 201. */
export const POST = route({ params: documentParams, body: createThreadBody, status: 201 }, ({ user, params, body }) =>
  createThread(db(), user, params.id, body),
);
