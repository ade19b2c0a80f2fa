// Relative imports (not "@/"): the route's integration test imports this file as it is.
import { updateDraftBody } from "../../../../lib/api/documents";
import { documentParams } from "../../../../lib/api/parse";
import { db } from "../../../../server/db/client";
import { readDraft } from "../../../../server/documents/read-draft-paragraphs";
import { updateDraft } from "../../../../server/documents/update-draft";
import { route } from "../../../../server/http/route";

/** The draft's metadata and its paragraphs in order, numbered and with their status, from the live text. */
export const GET = route({ params: documentParams }, ({ user, params }) => readDraft(db(), user, params.id));

/** The secretariat changes the draft's title, symbol, stage or meeting, closes or archives it: the draft as GET answers it. */
export const PATCH = route(
  { action: "manage", params: documentParams, body: updateDraftBody },
  async ({ user, params, body }) => {
    await updateDraft(db(), user, params.id, body);
    return readDraft(db(), user, params.id);
  },
);
