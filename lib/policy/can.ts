// The one answer to "may this user do this to this document". Routes, pages and the
// collaboration server ask here; the UI asks too, but only to hide what would be refused.
// Pure: no database, so that it can be unit-tested exhaustively and imported anywhere.
import { ForbiddenError } from "../api/errors";
import type { Role, SessionUser } from "../auth/session-user";

export type DocumentAction =
  | "read"
  | "edit" // change the live text
  | "comment"
  | "set-status" // agreed / ad ref / open
  | "renumber"
  | "issue-revision"
  | "restore-revision"
  | "export"
  | "export-record" // the record of negotiation: the history, for the archive (it names who said what)
  | "create"
  | "manage" // title, symbol, stage, deletion
  | "dashboard" // the chair's view of where the drafts stand
  // What the collaboration server and the editor ask of a change to the live text:
  | "edit-agreed-text" // change or delete agreed and ad ref paragraphs (reopening them is set-status)
  | "rename-paragraph" // a paragraph's id, which comments, statuses and numbers follow
  | "set-kind" // whether a paragraph is preambular or operative
  | "hold-for-others" // add or withdraw another state's hold on a bracket
  | "change-held-words"; // the words of a bracket other states hold

const ALLOWED: Record<Role, ReadonlySet<DocumentAction>> = {
  DELEGATE: new Set(["read", "edit", "comment"]),
  CHAIR: new Set([
    "read",
    "edit",
    "comment",
    "set-status",
    "renumber",
    "issue-revision",
    "restore-revision",
    "export",
    "export-record",
    "dashboard",
    "edit-agreed-text",
    "rename-paragraph",
    "set-kind",
    "hold-for-others",
    "change-held-words",
  ]),
  SECRETARIAT: new Set([
    "read",
    "edit",
    "comment",
    "renumber",
    "issue-revision",
    "restore-revision",
    "export",
    "export-record",
    "create",
    "manage",
    "dashboard",
    "set-kind",
    "change-held-words",
  ]),
  OBSERVER: new Set(["read"]),
};

export function can(user: Pick<SessionUser, "role"> | null | undefined, action: DocumentAction): boolean {
  if (!user) return false;
  return ALLOWED[user.role]?.has(action) ?? false;
}

// ForbiddenError lives with the app's other errors (lib/api/errors.ts); exported here too.
export { ForbiddenError };

export function authorize(user: Pick<SessionUser, "role"> | null | undefined, action: DocumentAction): void {
  if (!can(user, action)) throw new ForbiddenError(action);
}
