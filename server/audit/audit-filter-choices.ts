// What the audit page's filters offer: every person who has an account and every draft, archived
// ones included (their acts stay in the log).
import type { SessionUser } from "../../lib/auth/session-user";
import { authorize } from "../../lib/policy/can";
import type { Database } from "../db/client";

export interface AuditFilterChoices {
  people: { id: string; name: string; role: string; memberState: string | null }[];
  drafts: { id: string; title: string; symbol: string }[];
}

export async function auditFilterChoices(db: Database, user: SessionUser): Promise<AuditFilterChoices> {
  authorize(user, "read-audit");
  const [people, drafts] = await Promise.all([
    db.user.findMany({
      orderBy: { name: "asc" },
      select: { id: true, name: true, role: true, memberStateCode: true },
    }),
    db.document.findMany({ orderBy: { symbol: "asc" }, select: { id: true, title: true, symbol: true } }),
  ]);
  return {
    people: people.map(({ memberStateCode, ...person }) => ({ ...person, memberState: memberStateCode })),
    drafts,
  };
}
