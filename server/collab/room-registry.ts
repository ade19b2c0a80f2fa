// The rooms open on this collaboration server: one per draft, loaded from Postgres on the first
// connection (once, however many connect meanwhile), let go when the last one leaves, dropped
// when its copy of the text can no longer be trusted. What happens to a room's stored text on
// the way (checkpoints, compaction) is the maintenance's, through `retire`.
import type { Database } from "../db/client";
import { CloseCode } from "../../lib/collab/close-codes";
import { isDraftClosed } from "./access-watch";
import { appendUpdates } from "./append-updates";
import { backfillParagraphIds } from "./backfill-paragraph-ids";
import { DocumentRoom } from "./document-room";
import { loadDocument } from "./load-document";
import type { RoomMaintenance } from "./room-maintenance";

export class RoomRegistry {
  readonly rooms = new Map<string, DocumentRoom>();
  private readonly loading = new Map<string, Promise<DocumentRoom>>();
  /** Rooms let go whose last writes are still on their way to Postgres. */
  private readonly releasing = new Map<string, Promise<void>>();
  private closing = false;

  constructor(
    private readonly db: Database,
    private readonly maintenance: RoomMaintenance,
    private readonly log: (line: string) => void,
  ) {}

  /** The draft's room, loaded if needed; never one that was let go meanwhile. */
  async open(documentId: string): Promise<DocumentRoom> {
    let room = await this.load(documentId);
    while (room.closed) room = await this.load(documentId);
    return room;
  }

  /** Lets the room go once nobody is in it: its writes, a checkpoint, compaction. */
  release(room: DocumentRoom): void {
    if (room.connections.size > 0 || room.closed) return;
    room.closed = true;
    this.rooms.delete(room.documentId);
    if (this.closing) return; // closeAll drains and compacts every room itself
    const done = this.maintenance.retire(room).finally(() => {
      room.destroy();
      this.releasing.delete(room.documentId);
    });
    this.releasing.set(room.documentId, done);
  }

  /** Drops a room whose memory may hold what Postgres does not; its editors reconnect to a fresh load. */
  discard(room: DocumentRoom): void {
    if (room.closed) return;
    room.closed = true;
    this.rooms.delete(room.documentId);
    this.maintenance.forget(room);
    this.log(`Draft ${room.documentId}: a write failed after a refusal; reloading it from Postgres.`);
    for (const connection of room.connections) connection.close(CloseCode.PersistFailed, "could not save the change");
    room.destroy();
  }

  /** At shutdown: every received change saved, kept as a checkpoint, every editor told, then compaction. */
  async closeAll(): Promise<void> {
    this.closing = true;
    const open = [...this.rooms.values()];
    await Promise.all(open.map((room) => room.drain()));
    await Promise.all(open.map((room) => this.maintenance.checkpoint(room)));
    for (const room of open)
      for (const connection of room.connections) connection.close(CloseCode.ServerShutdown, "server shutting down");
    await Promise.all([...this.releasing.values()]);
    await Promise.all(open.map((room) => this.maintenance.retire(room)));
  }

  private load(documentId: string): Promise<DocumentRoom> {
    const open = this.rooms.get(documentId);
    if (open) return Promise.resolve(open);
    let pending = this.loading.get(documentId);
    if (!pending) {
      pending = this.create(documentId).finally(() => this.loading.delete(documentId));
      this.loading.set(documentId, pending);
    }
    return pending;
  }

  private async create(documentId: string): Promise<DocumentRoom> {
    await this.releasing.get(documentId); // a fresh load must see the last room's writes
    const { doc, skipped } = await loadDocument(this.db, documentId);
    if (skipped > 0) this.log(`Draft ${documentId}: ${skipped} unreadable updates skipped while loading.`);
    // Named before anyone joins: paragraph ids are what comments, statuses and numbers hang on.
    const named = backfillParagraphIds(doc);
    if (named) await appendUpdates(this.db, documentId, [{ update: named, userId: null }]);
    const readOnly = await isDraftClosed(this.db, documentId);
    const room = new DocumentRoom(documentId, doc, this.db, {
      onEmpty: (emptied) => this.release(emptied),
      onBroken: (broken) => this.discard(broken),
      onChange: (changed, appended) => this.maintenance.noteChange(changed, appended),
    });
    room.readOnly = readOnly;
    this.rooms.set(documentId, room);
    return room;
  }
}
