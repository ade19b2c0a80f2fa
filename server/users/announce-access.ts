// A person's access changed (deactivated, a new role or delegation, a password reset or change):
// every collaboration server closes or downgrades their open editors. Published after the
// transaction committed, so that a server re-reading the account sees the change.
import type { Database } from "../db/client";
import { publish } from "../events/publish";

export async function announceAccessChange(db: Database, userIds: string[]): Promise<void> {
  for (const userId of userIds) await publish(db, { topic: "access", userId });
}
