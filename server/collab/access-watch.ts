// What people may do changes while their editors are open: the secretariat deactivates an
// account, gives someone another role, closes or reopens a draft. The change is published on the
// bus (server/events) by whichever process made it; every collaboration server applies it here
// within moments: a closed draft's room takes no more changes (server-enforced), and the sockets
// concerned are closed with AccessChanged, so that their browsers fetch a fresh ticket — which
// says what the person may do now, or refuses them if their session ended — and reconnect.
import { CloseCode } from "../../lib/collab/close-codes";
import type { Database } from "../db/client";
import type { CollabConnection } from "./collab-connection";
import type { DocumentRoom } from "./document-room";

export async function isDraftClosed(db: Database, documentId: string): Promise<boolean> {
  const draft = await db.document.findUnique({ where: { id: documentId }, select: { closedAt: true } });
  return draft?.closedAt != null;
}

export class AccessWatch {
  constructor(
    private readonly db: Database,
    private readonly rooms: () => Iterable<DocumentRoom>,
    private readonly log: (line: string) => void,
  ) {}

  /** A person's access changed: their sockets, in every room, reconnect with a fresh ticket. */
  personChanged(userId: string): void {
    for (const room of this.rooms())
      for (const connection of room.connections)
        if (connection.user.id === userId) connection.close(CloseCode.AccessChanged, "your access changed");
  }

  /** A draft's settings changed: its room, if open here, applies whether it is closed. */
  async draftChanged(documentId: string): Promise<void> {
    for (const room of this.rooms()) if (room.documentId === documentId) await this.applyClosed(room);
  }

  /**
   * After the bus was away, what was published meanwhile is lost: every open room reads whether
   * its draft is closed, and every connection whose session ended or whose account changed
   * since its ticket was issued is told.
   */
  async recheckEverything(): Promise<void> {
    const rooms = [...this.rooms()];
    try {
      for (const room of rooms) await this.applyClosed(room);
      const connections = rooms.flatMap((room) => [...room.connections]);
      const ids = [...new Set(connections.map((connection) => connection.user.id))];
      const users = await this.db.user.findMany({
        where: { id: { in: ids } },
        select: { id: true, active: true, sessionVersion: true, role: true, memberStateCode: true },
      });
      const current = new Map(users.map((user) => [user.id, user]));
      for (const connection of connections)
        if (!stillCurrent(connection, current.get(connection.user.id))) {
          connection.close(CloseCode.AccessChanged, "your access changed");
        }
    } catch (error) {
      this.log(`Rechecking access after the bus was away failed: ${(error as Error).message}`);
    }
  }

  private async applyClosed(room: DocumentRoom): Promise<void> {
    const closed = await isDraftClosed(this.db, room.documentId);
    if (room.readOnly === closed) return;
    room.readOnly = closed;
    for (const connection of room.connections)
      connection.close(CloseCode.AccessChanged, closed ? "the draft was closed" : "the draft was reopened");
  }
}

function stillCurrent(
  connection: CollabConnection,
  user: { active: boolean; sessionVersion: number; role: string; memberStateCode: string | null } | undefined,
): boolean {
  return (
    user !== undefined &&
    user.active &&
    user.sessionVersion === connection.user.sessionVersion &&
    user.role === connection.user.role &&
    user.memberStateCode === connection.user.memberStateCode
  );
}
