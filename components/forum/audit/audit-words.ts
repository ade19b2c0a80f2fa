// The audit log's acts in words, as the secretariat would say them ("Closed the draft", "Issued
// Rev.2"): one line per action recorded anywhere in server/ (grep recordAudit). An action not yet
// here shows its code, so a new act is never hidden, only less well phrased.
import { ROLE_LABELS, type Role } from "../../../lib/auth/session-user";
import { STAGE_LABELS } from "../../../lib/forum/labels";

type Details = Record<string, unknown> | null;

const text = (value: unknown) => (typeof value === "string" || typeof value === "number" ? String(value) : "");
const stage = (value: unknown) => STAGE_LABELS[text(value)] ?? text(value);
const role = (value: unknown) => ROLE_LABELS[text(value) as Role]?.toLowerCase() ?? text(value);
const person = (details: Details) => text(details?.email) || "an account";
/** "delegate of KZ", "chair": a role and, for a delegate, the delegation. */
const standing = (value: unknown) => {
  const { role: name, memberState } = (value ?? {}) as { role?: unknown; memberState?: unknown };
  return memberState ? `${role(name)} of ${text(memberState)}` : role(name);
};

/** The forum's settings, as "Changed the forum's …" names them. */
const SETTINGS: Record<string, string> = {
  name: "name",
  symbolPattern: "symbol pattern",
  workingLanguages: "working languages",
};

/** How each action is said; the ones a filter offers, in the order it offers them. */
const WORDS: Record<string, { label: string; say?: (details: Details) => string }> = {
  "document.create": {
    label: "Tabled a draft",
    say: (d) => (d?.symbol ? `Tabled the draft as ${text(d.symbol)}` : "Tabled the draft"),
  },
  "document.import": {
    label: "Imported a draft from Word",
    say: (d) => `Imported the draft from Word${d?.fileName ? ` (${text(d.fileName)})` : ""}`,
  },
  "document.rename": {
    label: "Renamed a draft",
    say: (d) => `Renamed the draft from “${text(d?.from)}” to “${text(d?.to)}”`,
  },
  "document.symbol": {
    label: "Changed a symbol",
    say: (d) => `Changed the symbol from ${text(d?.from)} to ${text(d?.to)}`,
  },
  "document.stage": {
    label: "Moved a draft to another stage",
    say: (d) => `Moved the draft from ${stage(d?.from)} to ${stage(d?.to)}`,
  },
  "document.meeting": {
    label: "Set a draft's meeting",
    say: (d) => (d?.to ? `Set the meeting to “${text(d.to)}”` : "Cleared the meeting"),
  },
  "document.close": { label: "Closed a draft", say: () => "Closed the draft: read-only for everyone" },
  "document.reopen": { label: "Reopened a draft", say: () => "Reopened the draft for editing" },
  "document.archive": { label: "Archived a draft", say: () => "Archived the draft" },
  "document.unarchive": {
    label: "Restored a draft from the archive",
    say: () => "Restored the draft from the archive",
  },
  "document.distribution": {
    label: "Set a distribution",
    say: (d) => `Set the distribution to ${text(d?.distribution)}`,
  },
  "document.renumber": { label: "Renumbered paragraphs", say: () => "Renumbered the paragraphs" },
  "revision.issue": { label: "Issued a revision", say: (d) => `Issued Rev.${text(d?.revision)}` },
  "revision.restore": { label: "Restored a revision", say: (d) => `Restored ${text(d?.revision) || "a revision"}` },
  "thread.create": {
    label: "Opened a comment thread",
    say: (d) => (d?.visibility === "internal" ? "Opened an internal comment thread" : "Opened a comment thread"),
  },
  "thread.reply": { label: "Replied in a comment thread" },
  "thread.resolve": { label: "Resolved a comment thread" },
  "thread.reopen": { label: "Reopened a comment thread" },
  "comment.edit": { label: "Edited a comment" },
  "forum.settings": {
    label: "Changed the forum's settings",
    say: (d) =>
      `Changed the forum's ${
        Object.keys(d ?? {})
          .map((key) => SETTINGS[key] ?? key)
          .join(", ") || "settings"
      }`,
  },
  "auth.sign-in": { label: "Signed in" },
  "auth.sign-in-failed": {
    label: "Failed to sign in",
    say: (d) => `Failed to sign in${d?.email ? ` as ${text(d.email)}` : ""}`,
  },
  "auth.sign-out": { label: "Signed out" },
  "auth.sign-out-everywhere": { label: "Signed out everywhere" },
  "user.create": { label: "Opened an account", say: (d) => `Opened an account for ${person(d)} (${role(d?.role)})` },
  "user.import": { label: "Imported accounts", say: (d) => `Imported ${text(d?.count)} accounts from a list` },
  "user.invitation": {
    label: "Reset a password",
    say: (d) => `Reset the password of ${person(d)}: new invitation link`,
  },
  "user.password": {
    label: "Set a password",
    say: (d) => (d?.through === "invitation" ? "Set a password through an invitation link" : "Changed their password"),
  },
  "user.password-failed": {
    label: "Failed to change a password",
    say: () => "Failed to change their password (wrong current password)",
  },
  "user.role": {
    label: "Changed a role or delegation",
    say: (d) => `Changed ${person(d)} from ${standing(d?.from)} to ${standing(d?.to)}`,
  },
  "user.deactivate": { label: "Deactivated an account", say: (d) => `Deactivated the account of ${person(d)}` },
  "user.reactivate": { label: "Reactivated an account", say: (d) => `Reactivated the account of ${person(d)}` },
};

/** The actions the audit page's filter offers, in words. */
export const ACTION_CHOICES: { action: string; label: string }[] = Object.entries(WORDS).map(([action, { label }]) => ({
  action,
  label,
}));

/** One act in words: "Issued Rev.2", "Moved the draft from Special Working Group to Senior Officials Committee". */
export function describeAct(action: string, details: Details): string {
  const words = WORDS[action];
  if (!words) return action;
  return words.say ? words.say(details) : words.label;
}
