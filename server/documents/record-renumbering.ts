// The audit log's record of a renumbering. The renumbering itself happens in the shared
// document (lib/editor/renumber-draft.ts, guarded by server/collab/paragraph-guard.ts); this
// keeps who did it and the old → new table, which delegations ask for afterwards.
import { z } from "zod";
import { recordAudit } from "../audit/record-audit";
import type { SessionUser } from "../../lib/auth/session-user";
import { InvalidInputError } from "../comments/errors";
import type { Database } from "../db/client";
import { authorize } from "../../lib/policy/can";
import { getDocument } from "./get-document";

const renumberingSchema = z.object({
  table: z
    .array(z.object({ id: z.string().min(1).max(64), old: z.string().max(64), new: z.string().max(64).nullable() }))
    .max(5_000),
});

export async function recordRenumbering(db: Database, user: SessionUser, documentId: string, body: unknown) {
  authorize(user, "renumber");
  await getDocument(db, user, documentId);
  const parsed = renumberingSchema.safeParse(body);
  if (!parsed.success) throw new InvalidInputError("A renumbering is { table: [{ id, old, new }] }.");
  await recordAudit(db, {
    actorId: user.id,
    action: "document.renumber",
    documentId,
    details: { table: parsed.data.table },
  });
}
