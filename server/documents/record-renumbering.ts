// The audit log's record of a renumbering. The renumbering itself happens in the shared
// document (lib/editor/renumber-draft.ts, guarded by server/collab/rules/numbering-rule.ts); this
// keeps who did it and the old → new table, which delegations ask for afterwards.
import type { RenumberingBody } from "../../lib/api/documents";
import { recordAudit } from "../audit/record-audit";
import type { SessionUser } from "../../lib/auth/session-user";
import type { Database } from "../db/client";
import { authorize } from "../../lib/policy/can";
import { getDocument } from "./get-document";

export async function recordRenumbering(
  db: Database,
  user: SessionUser,
  documentId: string,
  { table }: RenumberingBody,
): Promise<void> {
  authorize(user, "renumber");
  await getDocument(db, user, documentId);
  await recordAudit(db, {
    actorId: user.id,
    action: "document.renumber",
    documentId,
    details: { table },
  });
}
