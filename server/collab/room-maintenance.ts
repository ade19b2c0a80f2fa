// Keeping the stored text of open drafts in shape while people work, as hooks on the rooms'
// life (room-registry.ts): compaction folds a draft's update log into its state every few
// minutes while its room has new updates, and when the room is let go; a checkpoint keeps the
// text once a burst of changes has been quiet for a while (revisions/write-checkpoint.ts). The
// rooms only report their changes; what is due is counted here.
import type { Database } from "../db/client";
import { snapshotOf } from "../revisions/snapshot";
import { writeCheckpoint } from "../revisions/write-checkpoint";
import { compactDocument } from "./compact-document";
import type { DocumentRoom } from "./document-room";

export interface RoomMaintenanceOptions {
  db: Database;
  /** How often rooms with new updates are compacted while people are in them. */
  compactEveryMs?: number;
  /** A checkpoint is kept once a draft has been quiet this long after changes (a burst ended). */
  checkpointAfterQuietMs?: number;
  log: (line: string) => void;
}

interface Activity {
  /** Rows this room appended to the log since its last compaction. */
  sinceCompaction: number;
  /** Changes taken in since the last checkpoint (its own and others' stored changes). */
  sinceCheckpoint: number;
  lastChangeAt: number;
}

export class RoomMaintenance {
  private readonly activity = new Map<DocumentRoom, Activity>();
  private readonly timers: NodeJS.Timeout[];
  private readonly db: Database;
  private readonly log: (line: string) => void;

  constructor(
    options: RoomMaintenanceOptions,
    private readonly openRooms: () => Iterable<DocumentRoom>,
  ) {
    this.db = options.db;
    this.log = options.log;
    const quietMs = options.checkpointAfterQuietMs ?? 2 * 60_000;
    this.timers = [
      setInterval(() => this.compactChanged(), options.compactEveryMs ?? 5 * 60_000),
      setInterval(() => this.checkpointQuiet(quietMs), Math.max(50, Math.min(quietMs / 2, 30_000))),
    ];
    for (const timer of this.timers) timer.unref();
  }

  /** A room's change: `appended` rows it wrote to the log (0 for a change another process stored). */
  noteChange(room: DocumentRoom, appended: number): void {
    const activity = this.activityOf(room);
    activity.sinceCompaction += appended;
    activity.sinceCheckpoint += Math.max(1, appended);
    activity.lastChangeAt = Date.now();
  }

  /** Keeps the room's text as a checkpoint if it changed since the last one (never throws). */
  async checkpoint(room: DocumentRoom): Promise<void> {
    const activity = this.activity.get(room);
    if (!activity || activity.sinceCheckpoint === 0) return;
    activity.sinceCheckpoint = 0;
    try {
      // Taken when everything in the room is in Postgres, before anything later is applied:
      // the checkpoint is stored text.
      const snapshot = await room.whenSettled(() => snapshotOf(room.doc));
      await writeCheckpoint(this.db, room.documentId, snapshot);
    } catch (error) {
      this.log(`Checkpoint of ${room.documentId} failed: ${(error as Error).message}`);
    }
  }

  /** The room is let go: its checkpoint, its last writes, then compaction (never throws). */
  async retire(room: DocumentRoom): Promise<void> {
    await this.checkpoint(room);
    this.activity.delete(room);
    await room
      .drain()
      .then(() => compactDocument(this.db, room.documentId))
      .catch((error: unknown) => this.log(`Compacting ${room.documentId} failed: ${(error as Error).message}`));
  }

  /** The room was dropped without its writes (room-registry.ts `discard`): nothing to keep. */
  forget(room: DocumentRoom): void {
    this.activity.delete(room);
  }

  stop(): void {
    for (const timer of this.timers) clearInterval(timer);
  }

  private activityOf(room: DocumentRoom): Activity {
    let activity = this.activity.get(room);
    if (!activity) {
      activity = { sinceCompaction: 0, sinceCheckpoint: 0, lastChangeAt: 0 };
      this.activity.set(room, activity);
    }
    return activity;
  }

  private compactChanged(): void {
    for (const room of this.openRooms()) {
      const activity = this.activity.get(room);
      if (!activity || activity.sinceCompaction === 0) continue;
      activity.sinceCompaction = 0;
      void room
        .drain()
        .then(() => compactDocument(this.db, room.documentId))
        .catch((error: unknown) => this.log(`Compacting ${room.documentId} failed: ${(error as Error).message}`));
    }
  }

  private checkpointQuiet(quietMs: number): void {
    for (const room of this.openRooms()) {
      const activity = this.activity.get(room);
      if (activity && activity.sinceCheckpoint > 0 && Date.now() - activity.lastChangeAt >= quietMs)
        void this.checkpoint(room);
    }
  }
}
