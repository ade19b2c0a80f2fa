// The forum's Member States as the People page offers them (delegations to choose and filter by).
import type { Database } from "../db/client";

export function listMemberStates(db: Database): Promise<{ code: string; name: string }[]> {
  return db.memberState.findMany({ select: { code: true, name: true }, orderBy: { name: "asc" } });
}
