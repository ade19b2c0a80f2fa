import { revisionParams } from "@/lib/api/revisions";
import { db } from "@/server/db/client";
import { route } from "@/server/http/route";
import { restoreRevision } from "@/server/revisions/restore-revision";

/** Brings the revision's text back as a new change on top of the live text. Chair and secretariat. */
export const POST = route({ action: "restore-revision", params: revisionParams }, ({ user, params }) =>
  restoreRevision(db(), user, params.id, params.ref),
);
