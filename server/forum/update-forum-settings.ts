// The secretariat changes the forum's settings; the change is audited with what it was before.
import type { ForumSettingsBody } from "../../lib/api/forum";
import type { SessionUser } from "../../lib/auth/session-user";
import { authorize } from "../../lib/policy/can";
import { recordAudit } from "../audit/record-audit";
import type { Database } from "../db/client";
import { forumSettings, type ForumSettings } from "./forum-settings";

export async function updateForumSettings(
  db: Database,
  user: SessionUser,
  change: ForumSettingsBody,
): Promise<ForumSettings> {
  authorize(user, "manage-forum");
  return db.$transaction(async (tx) => {
    const before = await forumSettings(tx);
    const after: ForumSettings = { ...before, ...change };
    await tx.forum.upsert({ where: { id: "forum" }, create: { id: "forum", ...after }, update: after });
    const changed = (Object.keys(change) as (keyof ForumSettings)[]).filter(
      (key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]),
    );
    if (changed.length > 0)
      await recordAudit(tx, {
        actorId: user.id,
        action: "forum.settings",
        details: Object.fromEntries(changed.map((key) => [key, { from: before[key], to: after[key] }])),
      });
    return after;
  });
}
