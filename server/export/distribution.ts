// A draft's distribution — General, Limited or Restricted — as its cover says ("Distr.: Limited").
// A setting of the draft, not of one export: every file of it says the same until the
// secretariat or the chair (those who export) changes it.
import type { SessionUser } from "../../lib/auth/session-user";
import type { Database } from "../db/client";
import { recordAudit } from "../audit/record-audit";
import { getDocument } from "../documents/get-document";
import { authorize } from "../../lib/policy/can";
import { InvalidInputError } from "../../lib/api/errors";

export const DISTRIBUTIONS = ["General", "Limited", "Restricted"] as const;
export type DistributionName = (typeof DISTRIBUTIONS)[number];

const STORED = { General: "GENERAL", Limited: "LIMITED", Restricted: "RESTRICTED" } as const;

/** The draft's distribution as the cover prints it; the caller has already read the draft. */
export async function distributionOf(db: Database, documentId: string): Promise<DistributionName> {
  const row = await db.document.findUnique({ where: { id: documentId }, select: { distribution: true } });
  return DISTRIBUTIONS.find((name) => STORED[name] === row?.distribution) ?? "Limited";
}

export async function setDistribution(
  db: Database,
  user: SessionUser,
  documentId: string,
  value: unknown,
): Promise<DistributionName> {
  authorize(user, "export");
  const name = DISTRIBUTIONS.find((candidate) => candidate === value);
  if (!name) throw new InvalidInputError("distribution is one of General, Limited, Restricted.");
  const { id } = await getDocument(db, user, documentId); // 404 for an unknown draft
  await db.document.update({ where: { id }, data: { distribution: STORED[name] } });
  await recordAudit(db, {
    actorId: user.id,
    action: "document.distribution",
    documentId: id,
    details: { distribution: name },
  });
  return name;
}
