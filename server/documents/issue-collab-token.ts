// The ticket a browser (or any y-websocket client) needs to join a draft's live text.
import type { CollabTicket } from "../../lib/api/documents";
import type { SessionUser } from "../../lib/auth/session-user";
import { issueCollabToken } from "../collab/collab-token";
import { COLLAB_PATH } from "../collab/collab-server";
import type { Database } from "../db/client";
import { DRAFT_FIELD } from "../../lib/editor/extensions";
import { can } from "../../lib/policy/can";
import { getDocument } from "./get-document";

export interface TicketOptions {
  secret: string;
  /** The public web URL (NEXTAUTH_URL) or an explicit COLLAB_URL. */
  publicUrl: string;
  collabUrl?: string;
}

export async function issueCollabTicket(
  db: Database,
  user: SessionUser,
  documentId: string,
  options: TicketOptions,
): Promise<CollabTicket> {
  const document = await getDocument(db, user, documentId); // existence and the read policy
  const { token, expiresAt } = issueCollabToken(
    {
      doc: document.id,
      sub: user.id,
      name: user.name,
      role: user.role,
      state: user.memberStateCode,
      ver: user.sessionVersion ?? 0,
    },
    options.secret,
  );
  const url = options.collabUrl ?? `${options.publicUrl.replace(/^http/, "ws").replace(/\/$/, "")}${COLLAB_PATH}`;
  return {
    url,
    room: document.id,
    field: DRAFT_FIELD,
    params: { token },
    expiresAt: expiresAt.toISOString(),
    // A closed draft is read-only for everyone; the collaboration server refuses changes to it too.
    canEdit: can(user, "edit") && document.closedAt === null,
  };
}
