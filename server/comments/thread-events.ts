// The live channel of comment threads. A change is announced with Postgres NOTIFY, so that every
// server process hears it; each process LISTENs on one connection and tells its own subscribers,
// each of whom receives the thread only if they may see it (never an internal thread of another
// delegation: the filter runs here, on the server).
import pg from "pg";
import type { Thread } from "../../lib/comments/thread";
import type { SessionUser } from "../../lib/auth/session-user";
import type { Database } from "../db/client";
import { canSeeThread } from "./thread-policy";
import { findThreadRow, toThreadView } from "./thread-view";

const CHANNEL = "concord_threads";

export async function announceThreadChange(db: Database, documentId: string, threadId: string): Promise<void> {
  await db.$executeRaw`SELECT pg_notify(${CHANNEL}, ${JSON.stringify({ documentId, threadId })})`;
}

interface Subscriber {
  viewer: SessionUser;
  send(thread: Thread): void;
}

export class ThreadEventHub {
  private readonly subscribers = new Map<string, Set<Subscriber>>();
  private listener: pg.Client | null = null;
  private starting: Promise<void> | null = null;
  /**
   * Notifications are handled one after another: each reads the thread as it is then, so a
   * slower read of an earlier change can never overtake a later one and show a stale thread.
   */
  private deliveries: Promise<void> = Promise.resolve();

  constructor(
    private readonly db: Database,
    private readonly databaseUrl: string,
  ) {}

  /** Resolves once LISTEN is in place, so that nothing announced after it is missed. */
  async subscribe(documentId: string, subscriber: Subscriber): Promise<() => void> {
    await this.ensureListening();
    const set = this.subscribers.get(documentId) ?? new Set<Subscriber>();
    set.add(subscriber);
    this.subscribers.set(documentId, set);
    return () => {
      set.delete(subscriber);
      if (set.size === 0) this.subscribers.delete(documentId);
    };
  }

  async close(): Promise<void> {
    const listener = this.listener;
    this.listener = null;
    this.starting = null;
    await listener?.end().catch(() => {});
  }

  private ensureListening(): Promise<void> {
    this.starting ??= (async () => {
      const client = new pg.Client({ connectionString: this.databaseUrl });
      client.on("notification", (message) => {
        // A failed delivery (a subscriber gone mid-send) must not stop the ones after it.
        this.deliveries = this.deliveries.then(() => this.deliver(message.payload)).catch(() => {});
      });
      // A lost LISTEN connection is re-established by the next subscriber.
      client.on("error", () => {
        this.listener = null;
        this.starting = null;
      });
      await client.connect();
      await client.query(`LISTEN ${CHANNEL}`);
      this.listener = client;
    })();
    return this.starting;
  }

  private async deliver(payload: string | undefined): Promise<void> {
    let event: { documentId: string; threadId: string };
    try {
      event = JSON.parse(payload ?? "") as typeof event;
    } catch {
      return;
    }
    const subscribers = this.subscribers.get(event.documentId);
    if (!subscribers || subscribers.size === 0) return;
    const row = await findThreadRow(this.db, event.threadId).catch(() => null);
    if (!row) return;
    for (const subscriber of subscribers) {
      if (canSeeThread(subscriber.viewer, row)) subscriber.send(toThreadView(row, subscriber.viewer));
    }
  }
}
