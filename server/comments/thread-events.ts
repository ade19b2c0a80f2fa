// The live channel of comment threads. A change is published on the bus (server/events), so
// that every server process hears it; each process tells its own subscribers, each of whom
// receives the thread only if they may see it (never an internal thread of another delegation:
// the filter runs here, on the server). After the bus was away, every subscriber is sent every
// thread it may see again: what changed meanwhile reaches it, and its browser merges the rest.
import type { Thread } from "../../lib/comments/thread";
import type { SessionUser } from "../../lib/auth/session-user";
import type { Database } from "../db/client";
import type { EventBus } from "../events/bus";
import { publish } from "../events/publish";
import { listThreads } from "./list-threads";
import { can } from "../../lib/policy/can";
import { findThreadRow, toThreadView } from "./thread-view";

export async function announceThreadChange(db: Database, documentId: string, threadId: string): Promise<void> {
  await publish(db, { topic: "thread", documentId, threadId });
}

interface Subscriber {
  viewer: SessionUser;
  send(thread: Thread): void;
}

export class ThreadEventHub {
  private readonly subscribers = new Map<string, Set<Subscriber>>();
  private listening: Promise<() => void> | null = null;
  /**
   * Deliveries are handled one after another: each reads the thread as it is then, so a slower
   * read of an earlier change can never overtake a later one and show a stale thread.
   */
  private deliveries: Promise<void> = Promise.resolve();

  constructor(
    private readonly db: Database,
    private readonly bus: EventBus,
  ) {}

  /** Resolves once the bus listens, so that nothing announced after it is missed. */
  async subscribe(documentId: string, subscriber: Subscriber): Promise<() => void> {
    this.listening ??= this.bus
      .subscribe("thread", {
        onEvent: ({ documentId, threadId }) => this.queue(() => this.deliver(documentId, threadId)),
        onResync: () => this.queue(() => this.resendAll()),
      })
      .catch((error: unknown) => {
        this.listening = null; // the next subscriber tries again
        throw error;
      });
    await this.listening;
    const set = this.subscribers.get(documentId) ?? new Set<Subscriber>();
    set.add(subscriber);
    this.subscribers.set(documentId, set);
    return () => {
      set.delete(subscriber);
      if (set.size === 0) this.subscribers.delete(documentId);
    };
  }

  async close(): Promise<void> {
    const listening = this.listening;
    this.listening = null;
    (await listening?.catch(() => null))?.();
  }

  private queue(delivery: () => Promise<void>): void {
    // A failed delivery (a subscriber gone mid-send) must not stop the ones after it.
    this.deliveries = this.deliveries.then(delivery).catch(() => {});
  }

  private async deliver(documentId: string, threadId: string): Promise<void> {
    const subscribers = this.subscribers.get(documentId);
    if (!subscribers || subscribers.size === 0) return;
    const row = await findThreadRow(this.db, threadId).catch(() => null);
    if (!row || row.documentId !== documentId) return;
    for (const subscriber of subscribers) {
      if (can(subscriber.viewer, "see-thread", row)) subscriber.send(toThreadView(row, subscriber.viewer));
    }
  }

  private async resendAll(): Promise<void> {
    for (const [documentId, subscribers] of this.subscribers)
      for (const subscriber of subscribers) {
        const threads = await listThreads(this.db, subscriber.viewer, documentId).catch(() => []);
        for (const thread of threads) subscriber.send(thread);
      }
  }
}
