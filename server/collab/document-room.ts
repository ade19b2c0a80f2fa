// One draft's live text on this server: the shared Y.Doc, presence, and the connections in it.
// Updates are written to Postgres by group commit: one INSERT at a time per draft, and whatever
// arrives while it is in flight is written by the next one, in one statement, then broadcast as
// one merged update. Each update is applied and judged (judged-apply.ts) just before its INSERT,
// so what is stored is what it did, net of anything refused; nothing leaves the room (broadcast,
// sync answers, checkpoints) before it is durable. Durable first, and the batches grow with the
// load instead of queueing one INSERT per keystroke behind each other.
import * as Y from "yjs";
import type { Awareness } from "y-protocols/awareness";
import type { Database } from "../db/client";
import { CloseCode } from "../../lib/collab/close-codes";
import { APPEND_TIMEOUT_MS, appendUpdates, withinTimeout } from "./append-updates";
import { loadDocument } from "./load-document";
import { updateProducedBy } from "./update-produced";
import type { CollabConnection } from "./collab-connection";
import { inspectUpdate } from "./rules";
import { forbids } from "./rules/verdicts";
import { JudgedApply, type Judged } from "./judged-apply";
import { CLIENT_ID_REASON, ClientOwners } from "./client-owners";
import { recordStatusChanges, type StatusChangeBy } from "./record-status-changes";
import { RoomPresence } from "./room-presence";
import { takeNextJobs, type Job, type Pending } from "./room-jobs";
import { indexItems, StagedItems } from "./staged-items";
import {
  permissionDeniedMessage,
  syncStep1Message,
  syncStep2Message,
  updateMessage,
  type ClientMessage,
} from "./protocol";

export interface RoomHooks {
  /** The last connection left. */
  onEmpty(room: DocumentRoom): void;
  /** The in-memory text may hold what Postgres does not: the room must be dropped and reloaded. */
  onBroken(room: DocumentRoom): void;
  /** The text changed: `appended` rows this room wrote to the log (0: a change another process stored). */
  onChange(room: DocumentRoom, appended: number): void;
}

const isEmptyUpdate = (update: Uint8Array) => update.length === 2 && update[0] === 0 && update[1] === 0;

export class DocumentRoom {
  private readonly presence: RoomPresence;
  readonly connections = new Set<CollabConnection>();
  /** Set when the room was emptied and let go: late joiners must load a fresh one. */
  closed = false;
  /** The draft is closed (access-watch.ts): nobody changes it, whatever their ticket says. */
  readOnly = false;
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
  /** Reads waiting until `finished` reaches `upTo` (see `whenSettled`), in increasing `upTo`. */
  private waiters: { upTo: number; run: () => void }[] = [];
  private readonly judge: JudgedApply;
  private readonly owners: ClientOwners;

  constructor(
    readonly documentId: string,
    readonly doc: Y.Doc,
    private readonly db: Database,
    private readonly hooks: RoomHooks,
  ) {
    this.judge = new JudgedApply(doc);
    this.owners = new ClientOwners(db, documentId);
    this.presence = new RoomPresence(doc, (frame) => this.broadcast(frame));
  }

  get awareness(): Awareness {
    return this.presence.awareness;
  }

  join(connection: CollabConnection): void {
    this.connections.add(connection);
    // Our own sync step 1 makes the client send what we lack (edits made while offline).
    connection.send(syncStep1Message(this.doc));
    this.presence.welcome(connection);
  }

  leave(connection: CollabConnection): void {
    if (!this.connections.delete(connection)) return;
    this.presence.release(connection);
    if (this.connections.size === 0) this.hooks.onEmpty(this);
  }

  receive(connection: CollabConnection, message: ClientMessage): void {
    switch (message.kind) {
      case "sync-step-1":
        // Answered only once everything this connection sent before is in Postgres, so that the
        // answer doubles as "saved" for the browser's status line (lib/collab/save-tracker.ts).
        // protocol.ts has read the state vector whole; should Yjs still throw here, only this
        // connection pays for it, never the process (an unhandled rejection).
        this.whenSettled(() => connection.send(syncStep2Message(this.doc, message.stateVector))).catch(() =>
          connection.close(CloseCode.MalformedMessage, "unreadable state vector"),
        );
        return;
      case "update":
        // The server, not the browser, decides who may change the text: not observers, and
        // nobody in a closed draft. Dropped without a word, as the editors there are read-only:
        // what reaches us is their own bookkeeping (paragraph ids), or someone not using ours.
        if (!connection.user.canEdit || this.readOnly) {
          this.refusedUpdates += 1;
          return;
        }
        if (isEmptyUpdate(message.update)) return;
        {
          const items = indexItems(message.decoded.structs);
          // Throws UnresolvableUpdateError (the connection is closed as malformed).
          const look = inspectUpdate(this.doc, message.decoded, connection.user, { staged: this.staged, index: items });
          this.staged.add(items);
          const clients = [...new Set(message.decoded.structs.map((struct) => struct.id.client))];
          const pending = { connection, update: message.update, items, clients, look };
          this.enqueue({ kind: forbids(look) ? "refuse" : "update", pending });
        }
        return;
      case "awareness":
        this.presence.receive(connection, message.update);
        return;
      case "query-awareness":
        connection.send(this.presence.everyoneMessage());
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

  private settled(): Promise<void> {
    return this.whenSettled(() => undefined);
  }

  /**
   * Runs `read` on the doc once every job received so far is finished, before the writer applies
   * anything received later: the doc then holds exactly what is durable. Starts the writer at
   * once rather than at the next turn: someone is waiting.
   */
  whenSettled<T>(read: () => T): Promise<T> {
    const upTo = this.received;
    const attempt = (resolve: (value: T) => void, reject: (error: Error) => void) => {
      try {
        resolve(read());
      } catch (error) {
        reject(error as Error);
      }
    };
    if (this.finished >= upTo) return new Promise(attempt);
    this.start();
    return new Promise((resolve, reject) => this.waiters.push({ upTo, run: () => attempt(resolve, reject) }));
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
        else if (head.kind === "refuse") await this.refuse(head.pending);
        else await this.commit(jobs.flatMap((job) => (job.kind === "update" ? [job.pending] : [])));
      } catch {
        // Not a failed write (those are handled where they happen) but something unforeseen,
        // possibly after a change was applied: this copy of the text can no longer be trusted.
        this.hooks.onBroken(this);
      } finally {
        this.finished += jobs.length;
        while (this.waiters.length > 0 && this.waiters[0]!.upTo <= this.finished) this.waiters.shift()!.run();
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
    const stored: { update: Uint8Array; userId: string }[] = [];
    const statusChanges: StatusChangeBy[] = [];
    for (const { connection, update, clients, look } of batch) {
      // Known to the room for every keystroke after a tab's first: the database only for a new id.
      const owned = this.owners.known(connection.user, clients) ?? (await this.claim(connection, clients));
      if (owned === null) return; // the database did not answer: the room is dropped
      if (!owned) {
        // Words written under someone else's client id would be attributed to them: not taken.
        this.refusedUpdates += 1;
        connection.send(permissionDeniedMessage(`change refused: ${CLIENT_ID_REASON}`));
        continue;
      }
      const forced = forbids(look)
        ? { undo: new Set(look.paragraphs), whole: look.revertWholeUpdate, reasons: look.reasons }
        : undefined;
      const judged = this.judge.apply(update, connection.user, forced);
      this.answer(connection, judged);
      if (!judged.produced) continue;
      stored.push({ update: judged.produced, userId: connection.user.id });
      for (const change of look.statusChanges) statusChanges.push({ ...change, userId: connection.user.id });
    }
    if (stored.length === 0) return;
    try {
      await appendUpdates(this.db, this.documentId, stored);
    } catch {
      // Applied here but not durable: this copy of the text can no longer be trusted. Everyone
      // reconnects to a fresh load, and sync resends what did not reach Postgres.
      this.hooks.onBroken(this);
      return;
    }
    const merged = stored.length === 1 ? stored[0]!.update : Y.mergeUpdates(stored.map((row) => row.update));
    void recordStatusChanges(this.db, this.documentId, this.doc, statusChanges); // the status history; never throws
    this.hooks.onChange(this, stored.length);
    // The senders get it back too: the echo tells their editor the change is saved.
    this.broadcast(updateMessage(merged));
  }

  /** Binds new client ids to the sender (client-owners.ts); null, the room broken, when the database does not answer. */
  private async claim(connection: CollabConnection, clients: number[]): Promise<boolean | null> {
    try {
      return await withinTimeout(this.owners.claim(connection.user, clients), APPEND_TIMEOUT_MS);
    } catch {
      this.hooks.onBroken(this); // as for a failed append
      return null;
    }
  }

  /**
   * Tells the sender what did not stand. A refused change is taken in and undone at once (its
   * other changes stand): dropping it would leave the sender's copy ahead of ours forever,
   * resending it at every sync; this way everyone, the sender included, ends at the server's text.
   */
  private answer(connection: CollabConnection, judged: Judged): void {
    if (judged.refused) {
      this.refusedUpdates += 1;
      connection.send(permissionDeniedMessage(`change refused: ${judged.refused.reasons.join("; ")}`));
    }
    // What could not be placed was dropped: our state vector makes an honest client resend it whole.
    if (judged.dropped) connection.send(syncStep1Message(this.doc));
  }

  /** A change the rules' first look refused: applied, judged and undone alone. */
  private async refuse(pending: Pending): Promise<void> {
    try {
      await this.persistAndApply([pending]);
    } finally {
      this.staged.remove(pending.items);
    }
  }

  /** Everything in Postgres is durable: what this room lacks of it is applied and sent at once. */
  private async catchUp(): Promise<void> {
    const { doc: stored } = await loadDocument(this.db, this.documentId);
    try {
      const missing = Y.encodeStateAsUpdate(stored, Y.encodeStateVector(this.doc));
      const produced = updateProducedBy(this.doc, () => Y.applyUpdate(this.doc, missing, this));
      if (!produced) return;
      this.hooks.onChange(this, 0);
      this.broadcast(updateMessage(produced));
    } finally {
      stored.destroy();
    }
  }

  /** Lets go of the text and presence in memory (the room was let go or dropped). */
  destroy(): void {
    this.awareness.destroy();
    this.doc.destroy();
  }

  private broadcast(frame: Uint8Array): void {
    for (const connection of this.connections) connection.send(frame);
  }
}
