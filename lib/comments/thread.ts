// Comment threads as the API and the live channel carry them: the same shape for the browser
// and the server. Bodies are plain text (rendered as text, never as HTML). What a request to
// open, reply or edit must hold is lib/api/comments.ts.

/** A delegation's Member State code, or the chair or the secretariat, who own threads too. */
export type Delegation = string;

export const MAX_COMMENT_LENGTH = 4000;
export const MAX_QUOTE_LENGTH = 1000;

/** Where a thread sits in the text: Yjs relative positions (base64), which survive concurrent edits. */
export interface Anchor {
  start: string;
  end: string;
}

export interface ThreadComment {
  id: string;
  author: { id: string; name: string; delegation: Delegation };
  body: string;
  createdAt: string;
  editedAt: string | null;
  /** Written by the viewer, who may edit it. */
  mine: boolean;
}

export interface Thread {
  id: string;
  documentId: string;
  delegation: Delegation;
  /** "Kazakhstan", "Chair", "Secretariat". */
  delegationName: string;
  visibility: "public" | "internal";
  anchor: Anchor;
  quote: string;
  resolved: boolean;
  resolvedAt: string | null;
  resolvedBy: { name: string } | null;
  createdAt: string;
  comments: ThreadComment[];
  /** What the viewer may do with it (the server enforces the same rules). */
  canReply: boolean;
  canResolve: boolean;
}

/** "@RU" style mentions of Member States inside a body, for highlighting. */
export function mentionedStates(text: string): string[] {
  return [...new Set([...text.matchAll(/(?<![\w@])@([A-Z]{2})\b/g)].map((match) => match[1]!))];
}
