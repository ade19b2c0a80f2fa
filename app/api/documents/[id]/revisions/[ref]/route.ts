import { revisionParams } from "@/lib/api/revisions";
import { db } from "@/server/db/client";
import { route } from "@/server/http/route";
import { textAt } from "@/server/revisions/text-at";

/** One revision ("Rev.2", "2", a revision or checkpoint id, or "live") with its paragraphs. */
export const GET = route({ params: revisionParams }, ({ user, params }) => textAt(db(), user, params.id, params.ref));
