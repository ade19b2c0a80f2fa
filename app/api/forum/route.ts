import { forumSettingsBody, type ForumSettingsView } from "@/lib/api/forum";
import { db } from "@/server/db/client";
import { forumSettings } from "@/server/forum/forum-settings";
import { nextSymbol } from "@/server/forum/next-symbol";
import { updateForumSettings } from "@/server/forum/update-forum-settings";
import { route } from "@/server/http/route";

const view = async (settings: Awaited<ReturnType<typeof forumSettings>>): Promise<ForumSettingsView> => ({
  ...settings,
  nextSymbol: await nextSymbol(db()),
});

/** The forum's name, symbol pattern and working languages (secretariat and chair). */
export const GET = route({ action: "read-forum" }, async () => view(await forumSettings(db())));

/** The secretariat changes them: { name?, symbolPattern?, workingLanguages? }. */
export const PATCH = route({ action: "manage-forum", body: forumSettingsBody }, async ({ user, body }) =>
  view(await updateForumSettings(db(), user, body)),
);
