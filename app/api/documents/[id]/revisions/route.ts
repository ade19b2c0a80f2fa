import { documentParams } from "@/lib/api/parse";
import { issueRevisionBody } from "@/lib/api/revisions";
import { db } from "@/server/db/client";
import { route } from "@/server/http/route";
import { issueRevision } from "@/server/revisions/issue-revision";
import { listRevisions } from "@/server/revisions/list-revisions";

/** The draft's timeline: issued revisions and checkpoints, newest first, with counts by status. */
export const GET = route({ params: documentParams }, ({ user, params }) => listRevisions(db(), user, params.id));

/** Issues the next revision: { label?, meeting? } (an empty body is neither). Chair and secretariat. */
export const POST = route(
  { action: "issue-revision", params: documentParams, body: issueRevisionBody, emptyBody: {}, status: 201 },
  ({ user, params, body }) => issueRevision(db(), user, params.id, body),
);
