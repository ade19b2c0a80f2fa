// Who may set which presence entry. Awareness updates name client ids freely, and y-websocket
// clients even echo everyone else's entries back; so the server decides: the first connection to
// set a client id owns it, entries for ids owned by someone else are dropped, and an id stays
// with its person after they leave (a reconnect takes it back; nobody else can squat on it).
import { ProtocolError } from "./protocol";

/** A browser tab has one client id per document; a few allow for a reload racing its old tab. */
export const MAX_AWARENESS_CLIENTS_PER_CONNECTION = 4;

export interface AwarenessOwner {
  readonly user: { readonly id: string };
  /** The client ids this connection owns now: their entries go when it leaves. */
  readonly awarenessClients: Set<number>;
}

export interface AwarenessEntry {
  clientId: number;
  /** The entry's clock is past the room's: applying it would change something. */
  newer: boolean;
  /** The entry removes the state (null). */
  removal: boolean;
}

export class AwarenessOwners<Owner extends AwarenessOwner> {
  /** By client id: the connection holding it (null once it left) and whose it is. */
  private readonly claims = new Map<number, { connection: Owner | null; userId: string }>();

  /**
   * Whether `connection` may set this entry, claiming the client id when it may. Throws a
   * ProtocolError when a connection claims more ids than any browser has.
   */
  mayWrite(connection: Owner, entry: AwarenessEntry): boolean {
    const claim = this.claims.get(entry.clientId);
    if (claim?.connection === connection) return true;
    // An echo changes nothing; a removal of an id nobody claimed is at best a stale echo, and
    // must not let a bystander claim a person's id before that person (re)connects.
    if (!entry.newer || (entry.removal && !claim)) return false;
    if (claim && claim.userId !== connection.user.id) return false;
    if (connection.awarenessClients.size >= MAX_AWARENESS_CLIENTS_PER_CONNECTION) {
      throw new ProtocolError("too many awareness client ids");
    }
    // The same person from a new connection (a reconnect before the old one was seen to close).
    claim?.connection?.awarenessClients.delete(entry.clientId);
    this.claims.set(entry.clientId, { connection, userId: connection.user.id });
    connection.awarenessClients.add(entry.clientId);
    return true;
  }

  /** The client ids `connection` owned, let go of: their entries are to be removed. */
  release(connection: Owner): number[] {
    const ids = [...connection.awarenessClients];
    for (const id of ids) {
      const claim = this.claims.get(id);
      if (claim?.connection === connection) claim.connection = null;
    }
    connection.awarenessClients.clear();
    return ids;
  }
}
