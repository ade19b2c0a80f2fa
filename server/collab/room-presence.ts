// Who is in a draft and where their carets are: y-protocols awareness, kept by the room. Each
// state is stamped with who the connection really is (awareness-identity.ts), a connection sets
// only the client ids it owns (awareness-owners.ts), and the whole of it is encoded once per
// change, however often newcomers and queries ask for it.
import type * as Y from "yjs";
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate, removeAwarenessStates } from "y-protocols/awareness";
import { stampAwareness } from "./awareness-identity";
import { AwarenessOwners } from "./awareness-owners";
import type { CollabConnection } from "./collab-connection";
import { awarenessMessage } from "./protocol";

export class RoomPresence {
  readonly awareness: Awareness;
  private readonly owners = new AwarenessOwners<CollabConnection>();
  /** Every presence state as one frame, for newcomers and queries; made again after a change. */
  private everyone: Uint8Array | null = null;

  /** `broadcast`: sends a frame to everyone in the room. */
  constructor(doc: Y.Doc, broadcast: (frame: Uint8Array) => void) {
    this.awareness = new Awareness(doc);
    this.awareness.setLocalState(null); // the server is nobody's caret
    this.awareness.on("update", ({ added, updated, removed }: Record<string, number[]>) => {
      const changed = [...added!, ...updated!, ...removed!];
      this.everyone = null;
      broadcast(awarenessMessage(encodeAwarenessUpdate(this.awareness, changed)));
    });
  }

  /** Shows a newcomer who is already there. */
  welcome(connection: CollabConnection): void {
    if (this.awareness.getStates().size > 0) connection.send(this.everyoneMessage());
  }

  /** The connection left: its carets go, for everyone. */
  release(connection: CollabConnection): void {
    removeAwarenessStates(this.awareness, this.owners.release(connection), null);
  }

  /**
   * Only entries of the connection's own client ids stand; throws a ProtocolError (closed 4400)
   * for a state over the size cap or too many ids.
   */
  receive(connection: CollabConnection, update: Uint8Array): void {
    const stamped = stampAwareness(update, connection.identity, (clientId, clock, removal) =>
      this.owners.mayWrite(connection, {
        clientId,
        newer: clock > (this.awareness.meta.get(clientId)?.clock ?? -1),
        removal,
      }),
    );
    if (stamped.clientIds.length > 0) applyAwarenessUpdate(this.awareness, stamped.update, connection);
  }

  /** The same frame for every query until presence changes: asking often costs us nothing. */
  everyoneMessage(): Uint8Array {
    this.everyone ??= awarenessMessage(encodeAwarenessUpdate(this.awareness, [...this.awareness.getStates().keys()]));
    return this.everyone;
  }
}
