import { threadParams } from "@/lib/api/comments";
import { setThreadResolved } from "@/server/comments/set-thread-resolved";
import { db } from "@/server/db/client";
import { route } from "@/server/http/route";

export const POST = route({ params: threadParams }, ({ user, params }) =>
  setThreadResolved(db(), user, params.threadId, true),
);
