// The one answer to "may this person do this": routes, pages, the collaboration server's rules
// and the editor ask here; the UI asks too, but only to hide what would be refused. Pure: no
// database, so that it can be unit-tested exhaustively and imported by browser and server.
import { ForbiddenError } from "../api/errors";
import { delegationOf } from "../auth/delegation";
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
  | "change-held-words" // the words of a bracket other states hold
  | "steer-threads" // resolve and reopen any delegation's public thread
  // The forum's workspace (issue 13): its settings, its people, its audit log.
  | "read-forum"
  | "manage-forum"
  | "read-people"
  | "manage-people"
  | "read-audit";

/** What is asked of one comment thread; its facts are the subject. */
export type ThreadAction =
  | "see-thread" // public, or internal to one's own delegation (never another's, chair included)
  | "write-in-thread"
  | "resolve-thread"; // and reopen it: the thread's own delegation, or whoever steers the room

/** What the thread rules read of a thread. */
export interface ThreadFacts {
  delegation: string;
  visibility: "PUBLIC" | "INTERNAL";
}

type Person = Pick<SessionUser, "role"> & Partial<Pick<SessionUser, "memberStateCode">>;

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
    "steer-threads",
    "read-forum",
    "read-people",
    "read-audit",
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
    "read-forum",
    "manage-forum",
    "read-people",
    "manage-people",
    "read-audit",
  ]),
  OBSERVER: new Set(["read"]),
};

export function can(user: Person | null | undefined, action: DocumentAction): boolean;
export function can(user: Person | null | undefined, action: ThreadAction, thread: ThreadFacts): boolean;
export function can(user: Person | null | undefined, action: DocumentAction | ThreadAction, thread?: ThreadFacts) {
  if (!user) return false;
  if (thread) return canOnThread(user, action as ThreadAction, thread);
  return ALLOWED[user.role]?.has(action as DocumentAction) ?? false;
}

function canOnThread(user: Person, action: ThreadAction, thread: ThreadFacts): boolean {
  const delegation = delegationOf({ role: user.role, memberStateCode: user.memberStateCode ?? null });
  const own = delegation !== null && delegation === thread.delegation;
  const sees = can(user, "read") && (thread.visibility === "PUBLIC" || own);
  if (action === "see-thread") return sees;
  const writes = sees && can(user, "comment") && delegation !== null;
  if (action === "write-in-thread") return writes;
  return writes && (own || can(user, "steer-threads"));
}

export function authorize(user: Pick<SessionUser, "role"> | null | undefined, action: DocumentAction): void {
  if (!can(user, action)) throw new ForbiddenError(action);
}
