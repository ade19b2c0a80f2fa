// One draft's live text on this server: the shared Y.Doc, presence, and the connections in it.
// Updates that arrive in one event-loop turn are written to Postgres in one statement, then
// applied and broadcast as one merged update: durable first, and cheap under load.
import * as Y from "yjs";
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate, removeAwarenessStates } from "y-protocols/awareness";
import type { Database } from "../db/client";
import { CloseCode } from "../../lib/collab/close-codes";
import { appendUpdates } from "./append-updates";
import { stampAwareness } from "./awareness-identity";
import type { CollabConnection } from "./collab-connection";
import { DRAFT_FIELD } from "../../lib/editor/extensions";
import { findForbiddenChanges, type ForbiddenChanges } from "./paragraph-guard";
import { indexItems, StagedItems, type ItemIndex } from "./staged-items";
import {
  awarenessMessage,
  permissionDeniedMessage,
  syncStep1Message,
  syncStep2Message,
  updateMessage,
  type ClientMessage,
} from "./protocol";

interface Pending {
  connection: CollabConnection;
  update: Uint8Array;
  /** Its items, staged until applied, for later updates that build on them. */
  items: ItemIndex;
}

/** Origin of an update the server takes in only to undo it (see `refuse`). */
const REFUSED = Symbol("refused update");

export interface RoomHooks {
  /** The last connection left. */
  onEmpty(room: DocumentRoom): void;
  /** The in-memory text may hold what Postgres does not: the room must be dropped and reloaded. */
  onBroken(room: DocumentRoom): void;
}

const isEmptyUpdate = (update: Uint8Array) => update.length === 2 && update[0] === 0 && update[1] === 0;

export class DocumentRoom {
  readonly awareness: Awareness;
  readonly connections = new Set<CollabConnection>();
  /** Set when the room was emptied and let go: late joiners must load a fresh one. */
  closed = false;
  /** Updates persisted since the last compaction. */
  updatesSinceCompaction = 0;
  /** Updates refused because the sender may not edit (observers). */
  refusedUpdates = 0;
  private pending: Pending[] = [];
  private readonly staged = new StagedItems();
  private flushScheduled = false;
  private writes: Promise<void> = Promise.resolve();

  constructor(
    readonly documentId: string,
    readonly doc: Y.Doc,
    private readonly db: Database,
    private readonly hooks: RoomHooks,
  ) {
    this.awareness = new Awareness(doc);
    this.awareness.setLocalState(null); // the server is nobody's caret
    this.awareness.on("update", ({ added, updated, removed }: Record<string, number[]>) => {
      const changed = [...added!, ...updated!, ...removed!];
      this.broadcast(awarenessMessage(encodeAwarenessUpdate(this.awareness, changed)));
    });
  }

  join(connection: CollabConnection): void {
    this.connections.add(connection);
    // Our own sync step 1 makes the client send what we lack (edits made while offline).
    connection.send(syncStep1Message(this.doc));
    const states = [...this.awareness.getStates().keys()];
    if (states.length > 0) connection.send(awarenessMessage(encodeAwarenessUpdate(this.awareness, states)));
  }

  leave(connection: CollabConnection): void {
    if (!this.connections.delete(connection)) return;
    removeAwarenessStates(this.awareness, [...connection.awarenessClients], null);
    if (this.connections.size === 0) this.hooks.onEmpty(this);
  }

  receive(connection: CollabConnection, message: ClientMessage): void {
    switch (message.kind) {
      case "sync-step-1":
        // Answered only once everything this connection sent before is in Postgres, so that the
        // answer doubles as "saved" for the browser's status line (lib/collab/save-tracker.ts).
        this.flush();
        void this.writes.then(() => connection.send(syncStep2Message(this.doc, message.stateVector)));
        return;
      case "update":
        // The server, not the browser, decides who may change the text.
        if (!connection.user.canEdit) {
          this.refusedUpdates += 1;
          return;
        }
        if (isEmptyUpdate(message.update)) return;
        {
          const items = indexItems(message.decoded.structs);
          // Throws UnresolvableUpdateError (the connection is closed as malformed).
          const forbidden = findForbiddenChanges(this.doc, message.decoded, connection.user, {
            staged: this.staged,
            index: items,
          });
          this.staged.add(items);
          const pending = { connection, update: message.update, items };
          if (forbidden.paragraphs.size > 0 || forbidden.revertWholeUpdate) this.refuse(pending, forbidden);
          else this.enqueue(pending);
        }
        return;
      case "awareness": {
        const { update, clientIds } = stampAwareness(message.update, connection.identity);
        for (const id of clientIds) connection.awarenessClients.add(id);
        applyAwarenessUpdate(this.awareness, update, connection);
        return;
      }
      case "query-awareness":
        connection.send(
          awarenessMessage(encodeAwarenessUpdate(this.awareness, [...this.awareness.getStates().keys()])),
        );
        return;
    }
  }

  /** Resolves when every update received so far is in Postgres (and applied). */
  async drain(): Promise<void> {
    this.flush();
    await this.writes;
  }

  private enqueue(pending: Pending): void {
    this.pending.push(pending);
    if (!this.flushScheduled) {
      this.flushScheduled = true;
      setImmediate(() => this.flush());
    }
  }

  private flush(): void {
    this.flushScheduled = false;
    if (this.pending.length === 0) return;
    const batch = this.pending;
    this.pending = [];
    // Chained: the order in Postgres is the order of application.
    this.writes = this.writes.then(() => this.commit(batch));
  }

  private async commit(batch: Pending[]): Promise<void> {
    try {
      await this.persistAndApply(batch);
    } finally {
      for (const item of batch) this.staged.remove(item.items);
    }
  }

  private async persistAndApply(batch: Pending[]): Promise<void> {
    try {
      await appendUpdates(
        this.db,
        this.documentId,
        batch.map(({ connection, update }) => ({ update, userId: connection.user.id })),
      );
    } catch {
      // Not durable, so not seen by anyone. The senders reconnect and sync resends their changes.
      for (const connection of new Set(batch.map((item) => item.connection))) {
        connection.close(CloseCode.PersistFailed, "could not save the change");
      }
      return;
    }
    const merged = batch.length === 1 ? batch[0]!.update : Y.mergeUpdates(batch.map((item) => item.update));
    Y.applyUpdate(this.doc, merged, this);
    this.updatesSinceCompaction += batch.length;
    // The senders get it back too: the echo tells their editor the change is saved.
    this.broadcast(updateMessage(merged));
  }

  /**
   * A change the sender may not make (a locked paragraph, a status). Dropping it would leave the
   * sender's copy ahead of ours forever, resending it at every sync. So we take it in and undo it
   * at once, paragraph by paragraph: everyone, the sender included, ends at the server's text,
   * and the sender's other changes in the same update stand.
   */
  private refuse({ connection, update, items }: Pending, forbidden: ForbiddenChanges): void {
    this.flush(); // what came before is written and applied first
    this.writes = this.writes.then(async () => {
      this.staged.remove(items); // taken in right below
      const fragment = this.doc.getXmlFragment(DRAFT_FIELD);
      const scope = forbidden.revertWholeUpdate ? [fragment] : [...forbidden.paragraphs];
      const undo = new Y.UndoManager(scope, { trackedOrigins: new Set([REFUSED]), captureTimeout: 0 });
      const produced: Uint8Array[] = [];
      const collect = (change: Uint8Array) => produced.push(change);
      this.doc.on("update", collect);
      try {
        Y.applyUpdate(this.doc, update, REFUSED);
        undo.undo();
      } finally {
        this.doc.off("update", collect);
        undo.destroy();
      }
      this.refusedUpdates += 1;
      connection.send(permissionDeniedMessage(`change refused: ${forbidden.reasons.join("; ")}`));
      if (produced.length === 0) return;
      try {
        await appendUpdates(
          this.db,
          this.documentId,
          produced.map((change, index) => ({ update: change, userId: index === 0 ? connection.user.id : null })),
        );
      } catch {
        // Applied but not durable: this copy of the text can no longer be trusted.
        this.hooks.onBroken(this);
        return;
      }
      this.updatesSinceCompaction += produced.length;
      this.broadcast(updateMessage(produced.length === 1 ? produced[0]! : Y.mergeUpdates(produced)));
    });
  }

  private broadcast(frame: Uint8Array): void {
    for (const connection of this.connections) connection.send(frame);
  }
}
