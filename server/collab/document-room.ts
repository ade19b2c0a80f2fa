// One draft's live text on this server: the shared Y.Doc, presence, and the connections in it.
// Updates are written to Postgres by group commit: one INSERT at a time per draft, and whatever
// arrives while it is in flight is written by the next one, in one statement, then applied and
// broadcast as one merged update. Durable first, and the batches grow with the load instead of
// queueing one INSERT per keystroke behind each other.
import * as Y from "yjs";
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate, removeAwarenessStates } from "y-protocols/awareness";
import type { Database } from "../db/client";
import { CloseCode } from "../../lib/collab/close-codes";
import { appendUpdates } from "./append-updates";
import { loadDocument } from "./load-document";
import { updateProducedBy } from "./update-produced";
import { stampAwareness } from "./awareness-identity";
import type { CollabConnection } from "./collab-connection";
import { DRAFT_FIELD } from "../../lib/editor/extensions";
import { findForbiddenChanges, type ForbiddenChanges } from "./paragraph-guard";
import { recordStatusChanges } from "./record-status-changes";
import { takeNextJobs, type Job, type Pending } from "./room-jobs";
import { indexItems, StagedItems } from "./staged-items";
import {
  awarenessMessage,
  permissionDeniedMessage,
  syncStep1Message,
  syncStep2Message,
  updateMessage,
  type ClientMessage,
} from "./protocol";

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
  /** Changes taken in since the last checkpoint, and when the last one was (ms since the epoch). */
  changesSinceCheckpoint = 0;
  lastChangeAt = 0;
  /** Updates refused because the sender may not edit (observers). */
  refusedUpdates = 0;
  /** Received, not yet taken by the writer. */
  private queue: Job[] = [];
  private readonly staged = new StagedItems();
  /** The writer loop is running (an INSERT or a refusal is in flight). */
  private writing = false;
  private startScheduled = false;
  /** Jobs received so far, and jobs finished (written and applied, refused, or failed). */
  private received = 0;
  private finished = 0;
  /** Promises waiting until `finished` reaches `upTo` (see `settled`), in increasing `upTo`. */
  private waiters: { upTo: number; resolve: () => void }[] = [];

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
        void this.settled().then(() => connection.send(syncStep2Message(this.doc, message.stateVector)));
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
          if (forbidden.paragraphs.size > 0 || forbidden.revertWholeUpdate) {
            this.enqueue({ kind: "refuse", pending, forbidden });
          } else {
            this.enqueue({ kind: "update", pending });
          }
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

  /**
   * Another process stored a change to this draft (server-change.ts): take in what the stored
   * text holds and this room does not, after everything received so far.
   */
  takeStoredChanges(): Promise<void> {
    this.enqueue({ kind: "catch-up" });
    return this.settled();
  }

  /** Resolves when every update received so far is in Postgres (and applied). */
  async drain(): Promise<void> {
    await this.settled();
  }

  /**
   * Resolves once every job received so far is finished. Starts the writer at once rather than
   * at the next turn: someone is waiting.
   */
  private settled(): Promise<void> {
    const upTo = this.received;
    if (this.finished >= upTo) return Promise.resolve();
    this.start();
    return new Promise((resolve) => this.waiters.push({ upTo, resolve }));
  }

  private enqueue(job: Job): void {
    this.queue.push(job);
    this.received += 1;
    // An idle writer starts at the next turn, so that updates read from the sockets in the same
    // turn share the first INSERT; a busy one takes everything queued as soon as its INSERT is done.
    if (!this.writing && !this.startScheduled) {
      this.startScheduled = true;
      setImmediate(() => {
        this.startScheduled = false;
        this.start();
      });
    }
  }

  private start(): void {
    if (this.writing || this.queue.length === 0) return;
    this.writing = true;
    void this.writeAll();
  }

  /**
   * The group commit: one job in flight at a time, so the order in Postgres (ids) is the order of
   * application and broadcast. Consecutive updates go as one batch, however many arrived while
   * the previous INSERT was in flight; a refusal goes alone, after what came before it.
   */
  private async writeAll(): Promise<void> {
    while (this.queue.length > 0) {
      const jobs = takeNextJobs(this.queue);
      try {
        const head = jobs[0]!;
        if (head.kind === "catch-up") await this.catchUp();
        else if (head.kind === "refuse") await this.refuse(head.pending, head.forbidden);
        else await this.commit(jobs.flatMap((job) => (job.kind === "update" ? [job.pending] : [])));
      } catch {
        // Not a failed write (those are handled where they happen) but something unforeseen,
        // possibly after a change was applied: this copy of the text can no longer be trusted.
        this.hooks.onBroken(this);
      } finally {
        this.finished += jobs.length;
        while (this.waiters.length > 0 && this.waiters[0]!.upTo <= this.finished) this.waiters.shift()!.resolve();
      }
    }
    this.writing = false;
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
    void recordStatusChanges(this.db, this.documentId, this.doc, batch); // the status history; never throws
    this.updatesSinceCompaction += batch.length;
    this.noteChange(batch.length);
    // The senders get it back too: the echo tells their editor the change is saved.
    this.broadcast(updateMessage(merged));
  }

  /**
   * A change the sender may not make (a locked paragraph, a status). Dropping it would leave the
   * sender's copy ahead of ours forever, resending it at every sync. So we take it in and undo it
   * at once, paragraph by paragraph: everyone, the sender included, ends at the server's text,
   * and the sender's other changes in the same update stand.
   */
  private async refuse({ connection, update, items }: Pending, forbidden: ForbiddenChanges): Promise<void> {
    // Run by the writer, after everything received before it is written and applied.
    this.staged.remove(items); // taken in right below
    const fragment = this.doc.getXmlFragment(DRAFT_FIELD);
    const scope = forbidden.revertWholeUpdate ? [fragment] : [...forbidden.paragraphs];
    const undo = new Y.UndoManager(scope, { trackedOrigins: new Set([REFUSED]), captureTimeout: 0 });
    let produced: Uint8Array | null;
    try {
      produced = updateProducedBy(this.doc, () => {
        Y.applyUpdate(this.doc, update, REFUSED);
        undo.undo();
      });
    } finally {
      undo.destroy();
    }
    this.refusedUpdates += 1;
    connection.send(permissionDeniedMessage(`change refused: ${forbidden.reasons.join("; ")}`));
    if (!produced) return;
    try {
      await appendUpdates(this.db, this.documentId, [{ update: produced, userId: connection.user.id }]);
    } catch {
      // Applied but not durable: this copy of the text can no longer be trusted.
      this.hooks.onBroken(this);
      return;
    }
    this.updatesSinceCompaction += 1;
    this.noteChange();
    this.broadcast(updateMessage(produced));
  }

  /** Everything in Postgres is durable: what this room lacks of it is applied and sent at once. */
  private async catchUp(): Promise<void> {
    const { doc: stored } = await loadDocument(this.db, this.documentId);
    try {
      const missing = Y.encodeStateAsUpdate(stored, Y.encodeStateVector(this.doc));
      const produced = updateProducedBy(this.doc, () => Y.applyUpdate(this.doc, missing, this));
      if (!produced) return;
      this.noteChange();
      this.broadcast(updateMessage(produced));
    } finally {
      stored.destroy();
    }
  }

  private noteChange(count = 1): void {
    this.changesSinceCheckpoint += count;
    this.lastChangeAt = Date.now();
  }

  private broadcast(frame: Uint8Array): void {
    for (const connection of this.connections) connection.send(frame);
  }
}
